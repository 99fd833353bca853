import { Fragment } from 'react';
import { sameStatementSortKey, type StatementSort, type StatementSortKey } from '../domain/compare/sorting';
import { SortHeader } from './sort-header';

/** An area's statements, under the area's title. */
type Group = { areaId: string; title: string; statementIds: readonly string[] };

type Props = {
  groups: readonly Group[];
  /** The headings of the county and total columns. */
  county: string;
  total: string;
  sort: StatementSort;
  onSort: (key: StatementSortKey) => void;
  /** A statement's wording under its id, shown on hover. */
  statementText: (id: string) => string;
  /** The classes of an area's title and of a statement's header, the table's own. */
  groupClassName?: string | undefined;
  statementClassName: string;
};

/**
 * The head of a table of counties by statement (Påståenden, the score change between rounds):
 * county and total, then each area's title over its statements, every column sortable.
 */
export function StatementSortHead({ groups, county, total, sort, onSort, statementText, groupClassName, statementClassName }: Props) {
  const sortedBy = (key: StatementSortKey) => (sameStatementSortKey(sort.key, key) ? sort.direction : null);
  return (
    <thead>
      <tr>
        <SortHeader rowSpan={2} sorted={sortedBy({ by: 'name' })} onSort={() => onSort({ by: 'name' })}>
          {county}
        </SortHeader>
        <SortHeader rowSpan={2} sorted={sortedBy({ by: 'total' })} onSort={() => onSort({ by: 'total' })}>
          {total}
        </SortHeader>
        {groups.map((group) => (
          <th key={group.areaId} scope="colgroup" colSpan={group.statementIds.length} className={groupClassName}>
            {group.title}
          </th>
        ))}
      </tr>
      <tr>
        {groups.map((group) => (
          <Fragment key={group.areaId}>
            {group.statementIds.map((id) => (
              <SortHeader
                key={id}
                className={statementClassName}
                title={statementText(id)}
                sorted={sortedBy({ by: 'statement', statementId: id })}
                onSort={() => onSort({ by: 'statement', statementId: id })}
              >
                {id}
              </SortHeader>
            ))}
          </Fragment>
        ))}
      </tr>
    </thead>
  );
}
