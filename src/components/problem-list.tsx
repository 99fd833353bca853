import type { Problem } from '../domain/problems';

/** Problems with a file, each naming its place: "areas[2].levels[0]…: okänt påstående '3.9'". */
export function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        <li key={index}>
          <code>{problem.path}</code>: {problem.message}
        </li>
      ))}
    </ul>
  );
}
