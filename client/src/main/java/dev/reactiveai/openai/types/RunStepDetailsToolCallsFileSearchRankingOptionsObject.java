// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The ranking options for the file search.
 *
 * @param ranker The ranker to use for the file search. If not specified will use the
 * {@code auto} ranker.
 * @param scoreThreshold The score threshold for the file search. All values must be a
 * floating point number between 0 and 1.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDetailsToolCallsFileSearchRankingOptionsObject.Reader.class)
public record RunStepDetailsToolCallsFileSearchRankingOptionsObject(@JsonProperty("ranker") FileSearchRanker ranker,
		@JsonProperty("score_threshold") Double scoreThreshold,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RunStepDetailsToolCallsFileSearchRankingOptionsObject};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param ranker The ranker to use for the file search.
	 * @param scoreThreshold The score threshold for the file search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDetailsToolCallsFileSearchRankingOptionsObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDetailsToolCallsFileSearchRankingOptionsObject}.
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
	 * Builds a {@link RunStepDetailsToolCallsFileSearchRankingOptionsObject}.
	 */
	public static final class Builder {

		private @Nullable FileSearchRanker ranker;

		private @Nullable Double scoreThreshold;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RunStepDetailsToolCallsFileSearchRankingOptionsObject source) {
			this.ranker = source.ranker();
			this.scoreThreshold = source.scoreThreshold();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ranker to use for the file search.
		 * @param ranker the value (required)
		 * @return this builder
		 */
		public Builder ranker(@Nullable FileSearchRanker ranker) {
			this.ranker = ranker;
			return this;
		}

		/**
		 * The ranker to use for the file search.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder ranker(String value) {
			return ranker(FileSearchRanker.of(value));
		}

		/**
		 * The score threshold for the file search.
		 * @param scoreThreshold the value (required)
		 * @return this builder
		 */
		public Builder scoreThreshold(@Nullable Double scoreThreshold) {
			this.scoreThreshold = scoreThreshold;
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
		public RunStepDetailsToolCallsFileSearchRankingOptionsObject build() {
			return new RunStepDetailsToolCallsFileSearchRankingOptionsObject(
					Objects.requireNonNull(this.ranker, "'ranker' is required"),
					Objects.requireNonNull(this.scoreThreshold, "'scoreThreshold' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDetailsToolCallsFileSearchRankingOptionsObject} from the
	 * parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDetailsToolCallsFileSearchRankingOptionsObject> {

		Reader() {
			super(RunStepDetailsToolCallsFileSearchRankingOptionsObject.class, "ranker", "score_threshold");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> FileSearchRanker.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected RunStepDetailsToolCallsFileSearchRankingOptionsObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDetailsToolCallsFileSearchRankingOptionsObject((FileSearchRanker) values[0],
					(Double) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDetailsToolCallsFileSearchRankingOptionsObject} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDetailsToolCallsFileSearchRankingOptionsObject> {

		Writer() {
			super(RunStepDetailsToolCallsFileSearchRankingOptionsObject.class, "ranker", "score_threshold");
		}

		@Override
		protected @Nullable Object value(RunStepDetailsToolCallsFileSearchRankingOptionsObject record, int index) {
			return switch (index) {
				case 0 -> record.ranker();
				case 1 -> record.scoreThreshold();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(
				RunStepDetailsToolCallsFileSearchRankingOptionsObject record) {
			return record.additionalProperties();
		}

	}
}
