import { useTranslation } from 'react-i18next';

/**
 * Text only support needs (request, code, raw identifiers), collapsed by default. Operator-facing text lives outside
 * it: the plain-words e2e spec skips exactly this element (`data-technical`).
 */
export function TechnicalDetails(props: { children: React.ReactNode }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <details className="technical-details" data-technical="">
      <summary>{t('msg.common.technicalDetails')}</summary>
      <div className="technical-details-body">{props.children}</div>
    </details>
  );
}
