import { useId, useState } from 'react';
import { FileInput } from '../../components/file-input';
import { ProblemList } from '../../components/problem-list';
import type { Problem } from '../../domain/problems';
import { MAX_VARIANT_NAME, toRuleVariantFile } from '../../domain/rules/rule-variant';
import { rulesMessages } from '../../i18n/messages/rules';
import { useTranslation } from '../../i18n/use-translation';
import { downloadText } from '../../lib/download';
import { readVariantFile } from './read-variant-file';
import type { RuleVariantState } from './use-rule-variant';

type LoadState = { kind: 'idle' } | { kind: 'loaded'; fileName: string } | { kind: 'invalid'; fileName: string; problems: Problem[] };

/** A file name from the variant's name: letters, digits and hyphens only. */
function fileNameOf(name: string): string {
  const slug = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `regelvariant${slug === '' ? '' : `-${slug}`}.json`;
}

/** The variant's name, a way back to the default rule, and download and load as a file. */
export function VariantControls({ state }: { state: RuleVariantState }) {
  const { t } = useTranslation(rulesMessages);
  const nameId = useId();
  const [load, setLoad] = useState<LoadState>({ kind: 'idle' });
  const { variant, defaultInstrument } = state;

  const download = () => {
    const name = variant.name === '' ? t('variant.defaultName') : variant.name;
    downloadText(fileNameOf(name), `${JSON.stringify(toRuleVariantFile({ ...variant, name }), null, 2)}\n`);
  };

  const choose = async (file: File) => {
    const result = await readVariantFile(file, defaultInstrument.criteria);
    if (result.ok) {
      state.load(result.value);
      setLoad({ kind: 'loaded', fileName: file.name });
    } else {
      setLoad({ kind: 'invalid', fileName: file.name, problems: result.problems });
    }
  };

  return (
    <section aria-labelledby="variant-heading" className="rules-controls">
      <h2 id="variant-heading">{t('variant.heading')}</h2>
      <p>{t('variant.intro')}</p>
      <label htmlFor={nameId} className="file-label">
        {t('variant.name')}
      </label>
      <input
        id={nameId}
        type="text"
        className="rules-controls__name"
        value={state.typedName}
        maxLength={MAX_VARIANT_NAME}
        onChange={(event) => state.setName(event.target.value)}
      />
      <p>{state.isDefault ? t('variant.isDefault') : t('variant.changed', { count: state.changedCount })}</p>
      <div className="rules-controls__buttons">
        <button type="button" className="button-secondary" onClick={state.reset} disabled={state.isDefault}>
          {t('variant.reset')}
        </button>
        <button type="button" onClick={download}>
          {t('variant.download')}
        </button>
      </div>
      <FileInput label={t('variant.load')} accept=".json,application/json" onFile={(file) => void choose(file)} />
      {load.kind === 'loaded' && (
        <p role="status" className="alert alert--success">
          {t('variant.loaded', { fileName: load.fileName })}
        </p>
      )}
      {load.kind === 'invalid' && (
        <div role="alert" className="alert alert--error">
          <p>{t('variant.invalid', { fileName: load.fileName })}</p>
          <ProblemList problems={load.problems} />
        </div>
      )}
    </section>
  );
}
