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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object with {@code ranker}, {@code score_threshold} and {@code hybrid_search}.
 *
 * @param ranker The ranker to use for the file search.
 * @param scoreThreshold The score threshold for the file search, a number between 0 and
 * 1. Numbers closer to 1 will attempt to return only the most relevant results, but may
 * return fewer results.
 * @param hybridSearch Weights that control how reciprocal rank fusion balances semantic
 * embedding matches versus sparse keyword matches when hybrid search is enabled.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RankingOptions.Reader.class)
public record RankingOptions(@JsonProperty("ranker") @Nullable RankerVersionType ranker,
		@JsonProperty("score_threshold") @Nullable Double scoreThreshold,
		@JsonProperty("hybrid_search") @Nullable HybridSearchOptions hybridSearch,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RankingOptions}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param ranker The ranker to use for the file search.
	 * @param scoreThreshold The score threshold for the file search, a number between 0
	 * and 1.
	 * @param hybridSearch Weights that control how reciprocal rank fusion balances
	 * semantic embedding matches versus sparse keyword matches when hybrid search is
	 * enabled.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RankingOptions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RankingOptions}.
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
	 * Builds a {@link RankingOptions}.
	 */
	public static final class Builder {

		private @Nullable RankerVersionType ranker;

		private @Nullable Double scoreThreshold;

		private @Nullable HybridSearchOptions hybridSearch;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RankingOptions source) {
			this.ranker = source.ranker();
			this.scoreThreshold = source.scoreThreshold();
			this.hybridSearch = source.hybridSearch();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ranker to use for the file search.
		 * @param ranker the value
		 * @return this builder
		 */
		public Builder ranker(@Nullable RankerVersionType ranker) {
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
			return ranker(RankerVersionType.of(value));
		}

		/**
		 * The score threshold for the file search, a number between 0 and 1.
		 * @param scoreThreshold the value
		 * @return this builder
		 */
		public Builder scoreThreshold(@Nullable Double scoreThreshold) {
			this.scoreThreshold = scoreThreshold;
			return this;
		}

		/**
		 * Weights that control how reciprocal rank fusion balances semantic embedding
		 * matches versus sparse keyword matches when hybrid search is enabled.
		 * @param hybridSearch the value
		 * @return this builder
		 */
		public Builder hybridSearch(@Nullable HybridSearchOptions hybridSearch) {
			this.hybridSearch = hybridSearch;
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
		public RankingOptions build() {
			return new RankingOptions(this.ranker, this.scoreThreshold, this.hybridSearch, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RankingOptions} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RankingOptions> {

		Reader() {
			super(RankingOptions.class, "ranker", "score_threshold", "hybrid_search");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> RankerVersionType.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected RankingOptions create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new RankingOptions((RankerVersionType) values[0], (Double) values[1],
					(HybridSearchOptions) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RankingOptions} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RankingOptions> {

		Writer() {
			super(RankingOptions.class, "ranker", "score_threshold", "hybrid_search");
		}

		@Override
		protected @Nullable Object value(RankingOptions record, int index) {
			return switch (index) {
				case 0 -> record.ranker();
				case 1 -> record.scoreThreshold();
				case 2 -> record.hybridSearch();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RankingOptions record) {
			return record.additionalProperties();
		}

	}
}
