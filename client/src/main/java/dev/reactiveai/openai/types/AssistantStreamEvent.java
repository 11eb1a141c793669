// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements AssistantStreamEvent, UnknownVariant {
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
				.object(ThreadStreamEvent.class,
						VariantShape.declaring("enabled", "event", "data")
							.requiring("event", "data")
							.values("event", "thread.created"))
				.object(RunStreamEvent.ThreadRunCreated.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.created"))
				.object(RunStreamEvent.ThreadRunQueued.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.queued"))
				.object(RunStreamEvent.ThreadRunInProgress.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.in_progress"))
				.object(RunStreamEvent.ThreadRunRequiresAction.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.requires_action"))
				.object(RunStreamEvent.ThreadRunCompleted.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.completed"))
				.object(RunStreamEvent.ThreadRunIncomplete.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.incomplete"))
				.object(RunStreamEvent.ThreadRunFailed.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.failed"))
				.object(RunStreamEvent.ThreadRunCancelling.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.cancelling"))
				.object(RunStreamEvent.ThreadRunCancelled.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.cancelled"))
				.object(RunStreamEvent.ThreadRunExpired.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.expired"))
				.object(RunStepStreamEvent.ThreadRunStepCreated.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.created"))
				.object(RunStepStreamEvent.ThreadRunStepInProgress.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.in_progress"))
				.object(RunStepStreamEvent.ThreadRunStepDelta.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.delta"))
				.object(RunStepStreamEvent.ThreadRunStepCompleted.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.completed"))
				.object(RunStepStreamEvent.ThreadRunStepFailed.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.failed"))
				.object(RunStepStreamEvent.ThreadRunStepCancelled.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.cancelled"))
				.object(RunStepStreamEvent.ThreadRunStepExpired.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.expired"))
				.object(MessageStreamEvent.ThreadMessageCreated.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.created"))
				.object(MessageStreamEvent.ThreadMessageInProgress.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.in_progress"))
				.object(MessageStreamEvent.ThreadMessageDelta.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.delta"))
				.object(MessageStreamEvent.ThreadMessageCompleted.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.completed"))
				.object(MessageStreamEvent.ThreadMessageIncomplete.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.incomplete"))
				.object(ErrorEvent.class,
						VariantShape.declaring("event", "data").requiring("event", "data").values("event", "error"))
				.object(DoneEvent.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "done")
							.values("data", "[DONE]"))
				.union(RunStreamEvent.class)
				.union(RunStepStreamEvent.class)
				.union(MessageStreamEvent.class));
		}

	}

}
