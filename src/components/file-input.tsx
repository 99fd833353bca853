import { useId, useState } from 'react';
import { commonMessages } from '../i18n/messages/common';
import { useTranslation } from '../i18n/use-translation';
import './file-input.css';

type Props = {
  /** The field's name, shown above it. */
  label: string;
  accept: string;
  onFile: (file: File) => void;
};

/**
 * A file field that speaks the interface's language: the browser draws its own button in the
 * browser's language ("Choose File" on a Swedish page). The real field lies transparent over a
 * button drawn here, so a click, a tap, the keyboard and screen readers all reach the real one.
 * The same file can be chosen again (after a fix in it, say).
 */
export function FileInput({ label, accept, onFile }: Props) {
  const { t } = useTranslation(commonMessages);
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className="file-input">
      <label htmlFor={id} className="file-label">
        {label}
      </label>
      <span className="file-input__control">
        <span className="file-input__pick">
          <input
            id={id}
            type="file"
            accept={accept}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              setChosen(file.name);
              onFile(file);
            }}
          />
          <span className="file-input__button" aria-hidden="true">
            {t('fileInput.choose')}
          </span>
        </span>
        <span className="file-input__name">{chosen ?? t('fileInput.none')}</span>
      </span>
    </div>
  );
}
