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
 * The ranking options for the file search. If not specified, the file search tool will
 * use the {@code auto} ranker and a score_threshold of 0.
 * <p>
 * See the <a href=
 * "https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings">file
 * search tool documentation</a> for more information.
 *
 * @param ranker The ranker to use for the file search. If not specified will use the
 * {@code auto} ranker.
 * @param scoreThreshold The score threshold for the file search. All values must be a
 * floating point number between 0 and 1.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FileSearchRankingOptions.Reader.class)
public record FileSearchRankingOptions(@JsonProperty("ranker") @Nullable FileSearchRanker ranker,
		@JsonProperty("score_threshold") Double scoreThreshold,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FileSearchRankingOptions}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param ranker The ranker to use for the file search.
	 * @param scoreThreshold The score threshold for the file search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FileSearchRankingOptions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FileSearchRankingOptions}.
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
	 * Builds a {@link FileSearchRankingOptions}.
	 */
	public static final class Builder {

		private @Nullable FileSearchRanker ranker;

		private @Nullable Double scoreThreshold;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FileSearchRankingOptions source) {
			this.ranker = source.ranker();
			this.scoreThreshold = source.scoreThreshold();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ranker to use for the file search.
		 * @param ranker the value
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
		 * @param value the value
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
		public FileSearchRankingOptions build() {
			return new FileSearchRankingOptions(this.ranker,
					Objects.requireNonNull(this.scoreThreshold, "'scoreThreshold' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FileSearchRankingOptions} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FileSearchRankingOptions> {

		Reader() {
			super(FileSearchRankingOptions.class, "ranker", "score_threshold");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> FileSearchRanker.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected FileSearchRankingOptions create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FileSearchRankingOptions((FileSearchRanker) values[0], (Double) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FileSearchRankingOptions} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FileSearchRankingOptions> {

		Writer() {
			super(FileSearchRankingOptions.class, "ranker", "score_threshold");
		}

		@Override
		protected @Nullable Object value(FileSearchRankingOptions record, int index) {
			return switch (index) {
				case 0 -> record.ranker();
				case 1 -> record.scoreThreshold();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FileSearchRankingOptions record) {
			return record.additionalProperties();
		}

	}
}
