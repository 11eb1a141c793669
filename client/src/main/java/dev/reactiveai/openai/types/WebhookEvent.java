// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements WebhookEvent, UnknownVariant {
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
				.object(WebhookBatchCancelled.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "batch.cancelled"))
				.object(WebhookBatchCompleted.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "batch.completed"))
				.object(WebhookBatchExpired.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "batch.expired"))
				.object(WebhookBatchFailed.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "batch.failed"))
				.object(WebhookEvalRunCanceled.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "eval.run.canceled"))
				.object(WebhookEvalRunFailed.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "eval.run.failed"))
				.object(WebhookEvalRunSucceeded.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "eval.run.succeeded"))
				.object(WebhookFineTuningJobCancelled.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "fine_tuning.job.cancelled"))
				.object(WebhookFineTuningJobFailed.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "fine_tuning.job.failed"))
				.object(WebhookFineTuningJobSucceeded.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "fine_tuning.job.succeeded"))
				.object(WebhookRealtimeCallIncoming.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "realtime.call.incoming"))
				.object(WebhookResponseCancelled.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "response.cancelled"))
				.object(WebhookResponseCompleted.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "response.completed"))
				.object(WebhookResponseFailed.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "response.failed"))
				.object(WebhookResponseIncomplete.class,
						VariantShape.declaring("created_at", "id", "data", "object", "type")
							.requiring("created_at", "id", "data", "type")
							.values("type", "response.incomplete")));
		}

	}

}
