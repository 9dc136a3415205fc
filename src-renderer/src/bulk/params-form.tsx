import type { ReactNode } from 'react';
import type {
  ActionDescriptor,
  BulkActionId,
  BulkActionParamsInput,
  LookupTables,
  ResourceDescriptor,
} from '../../../src-preload/contract/index.ts';

/** What every action's form gets: where it is, and how to ask main for a plan with its typed parameters. */
export interface FormProps<A extends BulkActionId> {
  action: A;
  /** The registry's description of the action (its fields, for actions that create items). */
  descriptor: ResourceDescriptor;
  actionDescriptor: ActionDescriptor;
  targets: string[];
  lookups: LookupTables;
  /** Plans the job: its targets and the action's parameters. */
  send: (targets: string[], params: BulkActionParamsInput<A>) => void;
  /** Shows a problem the form found itself. */
  fail: (message: string) => void;
  /** The action's name, for the form's accessible name. */
  label: string;
  /** Heading and hints above the fields. */
  children: ReactNode;
  /** The buttons below them. */
  footer: ReactNode;
}

/** The form element every action's form shares: heading, its fields, the buttons. */
export function ParamsForm(props: {
  action: BulkActionId;
  label: string;
  onSubmit: () => void;
  children: ReactNode;
  footer: ReactNode;
}): React.JSX.Element {
  return (
    <form
      className="bulk-form"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
      {props.footer}
    </form>
  );
}
