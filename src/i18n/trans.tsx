import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react';
import type { Messages, MessageKey, MessageValues, TFunction } from './messages';
import { interpolate } from './translate';

const TAG = /<(\w+)>([\s\S]*?)<\/\1>/g;

/**
 * A message with markup: `<a>Gå till länen</a>` in the catalogue becomes the given element with
 * the catalogue's words inside. Tags are found before placeholders are filled, so a value that
 * looks like a tag (a typed address, say) stays text.
 */
export function Trans<M extends Messages>({ t, i18nKey, values, components }: {
  t: TFunction<M>;
  i18nKey: MessageKey<M['sv']>;
  values?: MessageValues;
  components: Readonly<Record<string, ReactElement>>;
}) {
  // `t` without values gives the message with its placeholders still in it.
  const message = t(i18nKey, values?.count === undefined ? undefined : { count: values.count });
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of message.matchAll(TAG)) {
    const [whole, name = '', inner = ''] = match;
    parts.push(interpolate(message.slice(last, match.index), values));
    const element = components[name];
    const text = interpolate(inner, values);
    parts.push(element ? cloneElement(element, { key: parts.length }, text) : text);
    last = match.index + whole.length;
  }
  parts.push(interpolate(message.slice(last), values));
  return <Fragment>{parts}</Fragment>;
}
