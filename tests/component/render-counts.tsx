import { memo, Profiler, type FunctionComponent, type MemoExoticComponent, type ProfilerOnRenderCallback } from 'react';

// Counts a component's renders with React's <Profiler>. A test replaces the component, through
// `vi.mock` of its module, by `countRenders(component, label)`, then asks `recordRenders()`.

let recording: Map<string, number> | null = null;

const onRender: ProfilerOnRenderCallback = (id) => {
  if (recording) recording.set(id, (recording.get(id) ?? 0) + 1);
};

/**
 * The component's own render function, with a <Profiler> of no children placed before what it
 * draws. React calls that Profiler's onRender in every commit in which this function ran, and in
 * no other: a child that renders on its own (a store subscription) is not counted here.
 */
function probed<P extends object>(render: FunctionComponent<P>, label: (props: P) => string): FunctionComponent<P> {
  function Probed(props: P) {
    return (
      <>
        <Profiler id={label(props)} onRender={onRender} />
        {render(props)}
      </>
    );
  }
  Probed.displayName = render.displayName ?? render.name;
  return Probed;
}

/**
 * The component, counted under `label(props)` (e.g. "StatementItem 4.2"). A memoised component
 * stays memoised around its counted render function, with memo's own comparison of props (the
 * components counted here pass none): when memo lets it skip a render, nothing is counted.
 */
export function countRenders<P extends object>(
  component: FunctionComponent<P> | MemoExoticComponent<FunctionComponent<P>>,
  label: (props: P) => string,
): FunctionComponent<P> | MemoExoticComponent<FunctionComponent<P>> {
  return 'type' in component ? memo(probed(component.type, label)) : probed(component, label);
}

/** Counts, by label, every render of a counted component from now until `stop()`. */
export function recordRenders(): { stop: () => Record<string, number> } {
  recording = new Map();
  return {
    stop: () => {
      const counts = Object.fromEntries(recording ?? []);
      recording = null;
      return counts;
    },
  };
}
