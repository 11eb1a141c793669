// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object of type {@code bucket} with {@code object}, {@code start_time},
 * {@code end_time} and {@code result}.
 *
 * @param object Always {@code bucket}.
 * @param startTime An integer (the API description says no more).
 * @param endTime An integer (the API description says no more).
 * @param result A list of a
 * {@link dev.reactiveai.openai.types.UsageTimeBucket.ResultItem} (the API description
 * says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UsageTimeBucket.Reader.class)
public record UsageTimeBucket(@JsonProperty("object") String object, @JsonProperty("start_time") Long startTime,
		@JsonProperty("end_time") Long endTime, @JsonProperty("result") List<UsageTimeBucket.ResultItem> result,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UsageTimeBucket}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code bucket}.
	 * @param startTime An integer (the API description says no more).
	 * @param endTime An integer (the API description says no more).
	 * @param result A list of a
	 * {@link dev.reactiveai.openai.types.UsageTimeBucket.ResultItem} (the API description
	 * says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UsageTimeBucket {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UsageTimeBucket}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * An item of a {@link UsageTimeBucket}'s {@code result}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ResultItem.Deserializer.class)
	public sealed interface ResultItem permits UsageCompletionsResult, UsageEmbeddingsResult, UsageModerationsResult,
			UsageImagesResult, UsageAudioSpeechesResult, UsageAudioTranscriptionsResult, UsageVectorStoresResult,
			UsageCodeInterpreterSessionsResult, CostsResult, ResultItem.Unknown {

		/**
		 * A {@link ResultItem} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ResultItem, UnknownVariant {
		}

		/**
		 * Reads a {@link ResultItem} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ResultItem> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<ResultItem>variants(Unknown::new)
					.discriminator("object")
					.object(UsageCompletionsResult.class,
							VariantShape
								.declaring("object", "input_tokens", "input_cached_tokens", "output_tokens",
										"input_audio_tokens", "output_audio_tokens", "num_model_requests", "project_id",
										"user_id", "api_key_id", "model", "batch", "service_tier")
								.requiring("object", "input_tokens", "output_tokens", "num_model_requests")
								.values("object", "organization.usage.completions.result"))
					.object(UsageEmbeddingsResult.class,
							VariantShape
								.declaring("object", "input_tokens", "num_model_requests", "project_id", "user_id",
										"api_key_id", "model")
								.requiring("object", "input_tokens", "num_model_requests")
								.values("object", "organization.usage.embeddings.result"))
					.object(UsageModerationsResult.class,
							VariantShape
								.declaring("object", "input_tokens", "num_model_requests", "project_id", "user_id",
										"api_key_id", "model")
								.requiring("object", "input_tokens", "num_model_requests")
								.values("object", "organization.usage.moderations.result"))
					.object(UsageImagesResult.class,
							VariantShape
								.declaring("object", "images", "num_model_requests", "source", "size", "project_id",
										"user_id", "api_key_id", "model")
								.requiring("object", "images", "num_model_requests")
								.values("object", "organization.usage.images.result"))
					.object(UsageAudioSpeechesResult.class,
							VariantShape
								.declaring("object", "characters", "num_model_requests", "project_id", "user_id",
										"api_key_id", "model")
								.requiring("object", "characters", "num_model_requests")
								.values("object", "organization.usage.audio_speeches.result"))
					.object(UsageAudioTranscriptionsResult.class,
							VariantShape
								.declaring("object", "seconds", "num_model_requests", "project_id", "user_id",
										"api_key_id", "model")
								.requiring("object", "seconds", "num_model_requests")
								.values("object", "organization.usage.audio_transcriptions.result"))
					.object(UsageVectorStoresResult.class,
							VariantShape.declaring("object", "usage_bytes", "project_id")
								.requiring("object", "usage_bytes")
								.values("object", "organization.usage.vector_stores.result"))
					.object(UsageCodeInterpreterSessionsResult.class,
							VariantShape.declaring("object", "num_sessions", "project_id")
								.requiring("object", "sessions")
								.values("object", "organization.usage.code_interpreter_sessions.result"))
					.object(CostsResult.class,
							VariantShape.declaring("object", "amount", "line_item", "project_id")
								.requiring("object")
								.values("object", "organization.costs.result")));
			}

		}

	}

	/**
	 * Builds a {@link UsageTimeBucket}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Long startTime;

		private @Nullable Long endTime;

		private @Nullable List<ResultItem> result;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "bucket";
		}

		private Builder(UsageTimeBucket source) {
			this.object = source.object();
			this.startTime = source.startTime();
			this.endTime = source.endTime();
			this.result = (source.result() != null) ? new ArrayList<>(source.result()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * An integer (the API description says no more).
		 * @param startTime the value (required)
		 * @return this builder
		 */
		public Builder startTime(@Nullable Long startTime) {
			this.startTime = startTime;
			return this;
		}

		/**
		 * An integer (the API description says no more).
		 * @param endTime the value (required)
		 * @return this builder
		 */
		public Builder endTime(@Nullable Long endTime) {
			this.endTime = endTime;
			return this;
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.UsageTimeBucket.ResultItem} (the
		 * API description says no more).
		 * <p>
		 * Takes a copy of the list.
		 * @param result the value (required)
		 * @return this builder
		 */
		public Builder result(@Nullable List<? extends ResultItem> result) {
			this.result = (result != null) ? new ArrayList<>(result) : null;
			return this;
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.UsageTimeBucket.ResultItem} (the
		 * API description says no more).
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param result the item to add
		 * @return this builder
		 */
		public Builder addResult(ResultItem result) {
			Objects.requireNonNull(result, "'result' must not be null");
			if (this.result == null) {
				this.result = new ArrayList<>();
			}
			this.result.add(result);
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public UsageTimeBucket build() {
			return new UsageTimeBucket(this.object, Objects.requireNonNull(this.startTime, "'startTime' is required"),
					Objects.requireNonNull(this.endTime, "'endTime' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.result, "'result' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UsageTimeBucket} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UsageTimeBucket> {

		Reader() {
			super(UsageTimeBucket.class, "object", "start_time", "end_time", "result");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected UsageTimeBucket create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UsageTimeBucket((String) values[0], (Long) values[1], (Long) values[2],
					(List<ResultItem>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UsageTimeBucket} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UsageTimeBucket> {

		Writer() {
			super(UsageTimeBucket.class, "object", "start_time", "end_time", "result");
		}

		@Override
		protected @Nullable Object value(UsageTimeBucket record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.startTime();
				case 2 -> record.endTime();
				case 3 -> record.result();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UsageTimeBucket record) {
			return record.additionalProperties();
		}

	}
}
