// Which components React rendered in each commit, read through the hook React offers developer
// tools (`__REACT_DEVTOOLS_GLOBAL_HOOK__`). Installed by tests/setup.ts before React loads, and
// idle until a test starts recording. Lets a test say "this click rendered one rating panel".

type Fiber = {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
};
type FiberRoot = { current: Fiber };

/** React's flag for a component whose render function ran (it did not bail out). */
const PERFORMED_WORK = 1;
/** Function, forwardRef, memo and simple-memo components. */
const COMPONENT_TAGS = new Set([0, 11, 14, 15]);

let recording: Map<string, number> | null = null;
// A fiber object React did not clone in a commit keeps its flags from an earlier one: only fibers
// that were not in the tree at the previous commit can have rendered in this one.
let previousCommit = new WeakSet<Fiber>();

function nameOf(type: unknown): string {
  if (typeof type === 'function') return (type as { displayName?: string }).displayName ?? type.name;
  if (typeof type === 'object' && type !== null) {
    const inner = type as { displayName?: string; type?: unknown; render?: unknown };
    return inner.displayName ?? nameOf(inner.type ?? inner.render);
  }
  return '';
}

function onCommit(root: FiberRoot): void {
  const seen = new WeakSet<Fiber>();
  const stack: Fiber[] = [root.current];
  while (stack.length > 0) {
    const fiber = stack.pop() as Fiber;
    seen.add(fiber);
    if (recording && COMPONENT_TAGS.has(fiber.tag) && !previousCommit.has(fiber) && (fiber.flags & PERFORMED_WORK) !== 0) {
      const name = nameOf(fiber.type);
      if (name) recording.set(name, (recording.get(name) ?? 0) + 1);
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  previousCommit = seen;
}

(globalThis as Record<string, unknown>)['__REACT_DEVTOOLS_GLOBAL_HOOK__'] = {
  isDisabled: false,
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  onScheduleFiberRoot: () => {},
  onCommitFiberRoot: (_id: number, root: FiberRoot) => onCommit(root),
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  checkDCE: () => {},
};

/** Counts, by component name, every render from now until `stop()`. */
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
