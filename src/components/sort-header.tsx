import type { ReactNode } from 'react';
import type { SortDirection } from '../domain/compare/sorting';
import './compare-sort.css';

type Props = {
  /** The direction when the table is sorted by this column, otherwise null. */
  sorted: SortDirection | null;
  onSort: () => void;
  children: ReactNode;
  /** A longer text shown on hover (a statement's wording under its id). */
  title?: string | undefined;
  className?: string | undefined;
  rowSpan?: number | undefined;
};

/**
 * A column header that sorts the table: a real button inside the `th`, and `aria-sort` on the `th`
 * of the sorted column only. The arrow is drawn by CSS and hidden from screen readers, which hear
 * the sort from `aria-sort`.
 */
export function SortHeader({ sorted, onSort, children, title, className, rowSpan }: Props) {
  const ariaSort = sorted === null ? undefined : sorted === 'asc' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={ariaSort} className={className} rowSpan={rowSpan}>
      <button type="button" className="compare-sort" data-sorted={ariaSort} title={title} onClick={onSort}>
        {children}
      </button>
    </th>
  );
}
