// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents an event emitted when streaming a Run.
 * <p>
 * Each event in a server-sent events stream has an {@code event} and {@code data}
 * property: <pre>{@code
 * event: thread.created
 * data: {"id": "thread_123", "object": "thread", ...}
 * }</pre>
 * <p>
 * We emit events whenever a new object is created, transitions to a new state, or is
 * being streamed in parts (deltas). For example, we emit {@code thread.run.created} when
 * a new run is created, {@code thread.run.completed} when a run completes, and so on.
 * When an Assistant chooses to create a message during a run, we emit a
 * {@code thread.message.created event}, a {@code thread.message.in_progress} event, many
 * {@code thread.message.delta} events, and finally a {@code thread.message.completed}
 * event.
 * <p>
 * We may add additional events over time, so we recommend handling unknown events
 * gracefully in your code. See the
 * <a href="https://platform.openai.com/docs/assistants/overview">Assistants API
 * quickstart</a> to learn how to integrate the Assistants API with streaming.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = AssistantStreamEvent.Deserializer.class)
public sealed interface AssistantStreamEvent permits ThreadStreamEvent, RunStreamEvent, RunStepStreamEvent,
		MessageStreamEvent, ErrorEvent, DoneEvent, AssistantStreamEvent.Unknown {

	/**
	 * A {@link AssistantStreamEvent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements AssistantStreamEvent {
	}

	/**
	 * Reads a {@link AssistantStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<AssistantStreamEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<AssistantStreamEvent>variants(Unknown::new)
				.discriminator("event")
				.when("thread.created", ThreadStreamEvent.class)
				.when("error", ErrorEvent.class)
				.when("done", DoneEvent.class)
				.when("thread.run.created", RunStreamEvent.ThreadRunCreated.class)
				.when("thread.run.queued", RunStreamEvent.ThreadRunQueued.class)
				.when("thread.run.in_progress", RunStreamEvent.ThreadRunInProgress.class)
				.when("thread.run.requires_action", RunStreamEvent.ThreadRunRequiresAction.class)
				.when("thread.run.completed", RunStreamEvent.ThreadRunCompleted.class)
				.when("thread.run.incomplete", RunStreamEvent.ThreadRunIncomplete.class)
				.when("thread.run.failed", RunStreamEvent.ThreadRunFailed.class)
				.when("thread.run.cancelling", RunStreamEvent.ThreadRunCancelling.class)
				.when("thread.run.cancelled", RunStreamEvent.ThreadRunCancelled.class)
				.when("thread.run.expired", RunStreamEvent.ThreadRunExpired.class)
				.when("thread.run.step.created", RunStepStreamEvent.ThreadRunStepCreated.class)
				.when("thread.run.step.in_progress", RunStepStreamEvent.ThreadRunStepInProgress.class)
				.when("thread.run.step.delta", RunStepStreamEvent.ThreadRunStepDelta.class)
				.when("thread.run.step.completed", RunStepStreamEvent.ThreadRunStepCompleted.class)
				.when("thread.run.step.failed", RunStepStreamEvent.ThreadRunStepFailed.class)
				.when("thread.run.step.cancelled", RunStepStreamEvent.ThreadRunStepCancelled.class)
				.when("thread.run.step.expired", RunStepStreamEvent.ThreadRunStepExpired.class)
				.when("thread.message.created", MessageStreamEvent.ThreadMessageCreated.class)
				.when("thread.message.in_progress", MessageStreamEvent.ThreadMessageInProgress.class)
				.when("thread.message.delta", MessageStreamEvent.ThreadMessageDelta.class)
				.when("thread.message.completed", MessageStreamEvent.ThreadMessageCompleted.class)
				.when("thread.message.incomplete", MessageStreamEvent.ThreadMessageIncomplete.class)
				.union(RunStreamEvent.class)
				.union(RunStepStreamEvent.class)
				.union(MessageStreamEvent.class));
		}

	}

}
