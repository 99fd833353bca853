/** Ruled lines to write on, on paper; nothing for a screen reader to read. */
export function SheetLines({ count }: { count: number }) {
  return (
    <div className="sheet-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="sheet-lines__line" />
      ))}
    </div>
  );
}
