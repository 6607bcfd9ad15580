import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** What this host cannot do (an older Excel), so nobody waits for a feature that will not come. */
export function LimitationsBar({ limitations }: { limitations: string[] }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Some features are not available here</MessageBarTitle>
        {limitations.map((limitation) => (
          <div key={limitation}>{limitation}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
