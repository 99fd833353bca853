import type { Language } from '../domain/localize';

/** Message texts of one namespace, nested by topic. A key ending in `_one`/`_other` is a plural form. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/**
 * One namespace's messages in every interface language. A view imports the namespaces it uses,
 * so each page's texts travel in that page's chunk and the first screen loads only its own.
 */
export type Messages<T extends MessageTree = MessageTree> = { readonly namespace: string } & Readonly<Record<Language, T>>;

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPluralForm<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;

/** Every key `t()` accepts for a tree: nested keys joined with dots, plural forms by their base. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPluralForm<K> : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

/** Values put into `{{name}}` placeholders; a numeric `count` also picks the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Translates a key of one namespace into the current language. */
export type TFunction<M extends Messages> = (key: MessageKey<M['sv']>, values?: MessageValues) => string;

/** Swedish is the source: English must have the same keys, which the compiler checks here. */
export function defineMessages<T extends MessageTree>(namespace: string, sv: T, en: NoInfer<T>): Messages<T> {
  return { namespace, sv, en };
}
