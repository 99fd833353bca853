import type { County } from '../../domain/criteria/counties-schema';

export function CountyPager({ counties, index }: { counties: County[]; index: number }) {
  const previous = counties[index - 1];
  const next = counties[index + 1];
  return (
    <nav className="pager" aria-label="Byt län">
      {previous ? <a href={`#/lan/${previous.code}`}>← Föregående län: {previous.name}</a> : <span />}
      {next ? <a href={`#/lan/${next.code}`}>Nästa län: {next.name} →</a> : <span />}
    </nav>
  );
}
