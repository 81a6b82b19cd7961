import { setTimeout as sleep } from 'node:timers/promises';
import {
  type CloudFormationClient,
  CreateChangeSetCommand,
  CreateStackCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  type Parameter,
  type Stack,
  UpdateStackCommand,
} from '@aws-sdk/client-cloudformation';

/** Where a stack ended up after create/update. */
export interface StackOutcome {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly status: string;
  readonly outputs: Readonly<Record<string, string>>;
}

/** One row of a change set, as `--dry-run` prints it. */
export interface StackChange {
  readonly action: string;
  readonly logicalId: string;
  readonly type: string;
  readonly replacement: string | undefined;
}

/** How long and how often to poll CloudFormation. */
export interface PollSettings {
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** The stack failed or timed out; `status` and `reason` come from CloudFormation. */
export class StackFailedError extends Error {
  override readonly name = 'StackFailedError';
  constructor(
    readonly status: string,
    readonly reason: string,
    readonly timedOut = false,
  ) {
    super(`${status}: ${reason}`);
  }
}

const CAPABILITIES = ['CAPABILITY_IAM' as const];

/** The stack, or `undefined` when it does not exist (CloudFormation answers a ValidationError then). */
export async function describeStack(client: CloudFormationClient, stackName: string): Promise<Stack | undefined> {
  try {
    const answer = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    return answer.Stacks?.[0];
  } catch (error) {
    if (isValidationError(error, /does not exist/)) return undefined;
    throw error;
  }
}

/**
 * Creates the stack, or updates it when it exists, and waits until it settles. "No updates are
 * to be performed" is not a failure: the stack already matches.
 */
export async function createOrUpdateStack(
  client: CloudFormationClient,
  stackName: string,
  templateBody: string,
  parameters: readonly Parameter[],
  poll: PollSettings,
): Promise<StackOutcome> {
  const existing = await describeStack(client, stackName);
  if (existing?.StackStatus === 'REVIEW_IN_PROGRESS' && existing.StackId) {
    // Left behind by a dry run that was interrupted: it holds no resources.
    await client.send(new DeleteStackCommand({ StackName: existing.StackId }));
  } else if (existing) {
    try {
      await client.send(
        new UpdateStackCommand({
          StackName: stackName,
          TemplateBody: templateBody,
          Parameters: [...parameters],
          Capabilities: CAPABILITIES,
        }),
      );
    } catch (error) {
      if (isValidationError(error, /No updates are to be performed/)) {
        return { action: 'unchanged', status: existing.StackStatus ?? 'UNKNOWN', outputs: outputsOf(existing) };
      }
      throw error;
    }
    const settled = await waitForStack(client, stackName, poll);
    return { action: 'updated', status: settled.StackStatus ?? 'UNKNOWN', outputs: outputsOf(settled) };
  }
  await client.send(
    new CreateStackCommand({ StackName: stackName, TemplateBody: templateBody, Parameters: [...parameters], Capabilities: CAPABILITIES }),
  );
  const settled = await waitForStack(client, stackName, poll);
  return { action: 'created', status: settled.StackStatus ?? 'UNKNOWN', outputs: outputsOf(settled) };
}

/** Polls until the stack leaves every `*_IN_PROGRESS` state; rejects with {@link StackFailedError} on a failed or rolled-back state. */
export async function waitForStack(client: CloudFormationClient, stackName: string, poll: PollSettings): Promise<Stack> {
  const deadline = Date.now() + poll.timeoutMs;
  for (;;) {
    const stack = await describeStack(client, stackName);
    const status = stack?.StackStatus ?? 'DELETE_COMPLETE';
    if (!status.endsWith('_IN_PROGRESS')) {
      if (stack && (status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE')) return stack;
      throw new StackFailedError(status, stack?.StackStatusReason ?? 'no reason given');
    }
    if (Date.now() >= deadline) throw new StackFailedError(status, 'still in progress', true);
    await sleep(poll.intervalMs, undefined, poll.signal ? { signal: poll.signal } : {});
  }
}

/**
 * What deploying would change, from a CloudFormation change set that is deleted again (and the
 * empty REVIEW_IN_PROGRESS stack with it when the stack did not exist): nothing is changed.
 */
export async function previewChanges(
  client: CloudFormationClient,
  stackName: string,
  templateBody: string,
  parameters: readonly Parameter[],
  poll: PollSettings,
): Promise<{ readonly changeSetType: 'CREATE' | 'UPDATE'; readonly changes: StackChange[] }> {
  const existing = await describeStack(client, stackName);
  const changeSetType = existing && existing.StackStatus !== 'REVIEW_IN_PROGRESS' ? 'UPDATE' : 'CREATE';
  const changeSetName = `reflekt-dry-run-${Date.now()}`;
  const created = await client.send(
    new CreateChangeSetCommand({
      StackName: stackName,
      ChangeSetName: changeSetName,
      ChangeSetType: changeSetType,
      TemplateBody: templateBody,
      Parameters: [...parameters],
      Capabilities: CAPABILITIES,
    }),
  );
  const changeSetId = created.Id ?? changeSetName;
  try {
    const changes: StackChange[] = [];
    const deadline = Date.now() + poll.timeoutMs;
    let nextToken: string | undefined;
    for (;;) {
      const described = await client.send(
        new DescribeChangeSetCommand({ ChangeSetName: changeSetId, StackName: stackName, ...(nextToken ? { NextToken: nextToken } : {}) }),
      );
      const status = described.Status ?? 'UNKNOWN';
      if (status === 'FAILED') {
        // An update that changes nothing fails with this reason: an empty change list, not an error.
        if (/didn't contain changes|No updates are to be performed/i.test(described.StatusReason ?? '')) break;
        throw new StackFailedError(status, described.StatusReason ?? 'no reason given');
      }
      if (status === 'CREATE_COMPLETE') {
        for (const change of described.Changes ?? []) {
          const resource = change.ResourceChange;
          if (!resource) continue;
          changes.push({
            action: resource.Action ?? 'Unknown',
            logicalId: resource.LogicalResourceId ?? '?',
            type: resource.ResourceType ?? '?',
            replacement: resource.Replacement,
          });
        }
        nextToken = described.NextToken;
        if (!nextToken) break;
        continue;
      }
      if (Date.now() >= deadline) throw new StackFailedError(status, 'change set still being created', true);
      await sleep(poll.intervalMs, undefined, poll.signal ? { signal: poll.signal } : {});
    }
    return { changeSetType, changes };
  } finally {
    await client.send(new DeleteChangeSetCommand({ ChangeSetName: changeSetId, StackName: stackName }));
    if (changeSetType === 'CREATE') await client.send(new DeleteStackCommand({ StackName: stackName }));
  }
}

/** The stack's outputs by key. */
export function outputsOf(stack: Stack): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const output of stack.Outputs ?? [])
    if (output.OutputKey && output.OutputValue !== undefined) outputs[output.OutputKey] = output.OutputValue;
  return outputs;
}

function isValidationError(error: unknown, message: RegExp): boolean {
  return error instanceof Error && error.name === 'ValidationError' && message.test(error.message);
}
