// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An event that the API sends to a webhook endpoint.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = WebhookEvent.Deserializer.class)
public sealed interface WebhookEvent permits WebhookBatchCancelled, WebhookBatchCompleted, WebhookBatchExpired,
		WebhookBatchFailed, WebhookEvalRunCanceled, WebhookEvalRunFailed, WebhookEvalRunSucceeded,
		WebhookFineTuningJobCancelled, WebhookFineTuningJobFailed, WebhookFineTuningJobSucceeded,
		WebhookRealtimeCallIncoming, WebhookResponseCancelled, WebhookResponseCompleted, WebhookResponseFailed,
		WebhookResponseIncomplete, WebhookEvent.Unknown {

	/**
	 * A {@link WebhookEvent} that this version of the client does not recognize, kept as
	 * it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements WebhookEvent {
	}

	/**
	 * Reads a {@link WebhookEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<WebhookEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<WebhookEvent>variants(Unknown::new)
				.discriminator("type")
				.when("batch.cancelled", WebhookBatchCancelled.class)
				.when("batch.completed", WebhookBatchCompleted.class)
				.when("batch.expired", WebhookBatchExpired.class)
				.when("batch.failed", WebhookBatchFailed.class)
				.when("eval.run.canceled", WebhookEvalRunCanceled.class)
				.when("eval.run.failed", WebhookEvalRunFailed.class)
				.when("eval.run.succeeded", WebhookEvalRunSucceeded.class)
				.when("fine_tuning.job.cancelled", WebhookFineTuningJobCancelled.class)
				.when("fine_tuning.job.failed", WebhookFineTuningJobFailed.class)
				.when("fine_tuning.job.succeeded", WebhookFineTuningJobSucceeded.class)
				.when("realtime.call.incoming", WebhookRealtimeCallIncoming.class)
				.when("response.cancelled", WebhookResponseCancelled.class)
				.when("response.completed", WebhookResponseCompleted.class)
				.when("response.failed", WebhookResponseFailed.class)
				.when("response.incomplete", WebhookResponseIncomplete.class));
		}

	}

}
