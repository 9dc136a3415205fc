import { useTranslation } from 'react-i18next';
import type { ProfileTestResult } from '../../../src-preload/contract/index.ts';
import { problemText } from './problem-text.ts';

/** What "Test connection" found, step by step, in plain words; the reason of the first step that failed. */
export function ConnectionTestResult({ result }: { result: ProfileTestResult }): React.JSX.Element {
  const { t } = useTranslation();
  const steps: { ok: boolean; text: string }[] = [
    { ok: result.reached, text: result.reached ? t('profileTest.reached') : t('profileTest.notReached') },
    {
      ok: result.signedIn,
      text: result.signedIn
        ? result.apiUser
          ? t('profileTest.signedInAs', { user: result.apiUser })
          : t('profileTest.signedIn')
        : t('profileTest.notSignedIn'),
    },
    { ok: result.canRead, text: result.canRead ? t('profileTest.canRead') : t('profileTest.cannotRead') },
  ];
  return (
    <div role="status" aria-label={t('profileTest.region')}>
      <ul className="test-result">
        {steps.map((step) => (
          <li key={step.text} data-ok={step.ok}>
            {step.text}
          </li>
        ))}
      </ul>
      <p className={result.problem ? 'form-error' : 'hint'}>
        {result.problem ? problemText(t, result.problem, result.message, result.text) : t('profileTest.allGood')}
      </p>
    </div>
  );
}
