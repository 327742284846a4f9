package io.github.camelseedance.emulator;

import java.time.Duration;

/**
 * How one task will play out, fixed at create time from the emulator defaults and the first matching
 * {@link Scenario.TaskScript}. {@code runningPolls} (when set) replaces the run time: the task stays running for
 * that many GETs. {@code neverFinish} keeps it running until {@code execution_expires_after} makes it expired.
 */
record TaskPlan(Duration queueFor, Duration runFor, Integer runningPolls, String failCode, String failMessage,
                boolean neverFinish) {
}
