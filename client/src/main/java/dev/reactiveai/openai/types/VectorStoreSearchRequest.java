// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /vector_stores/{vector_store_id}/search}: Search a
 * vector store for relevant chunks based on a query and file attributes filter.
 *
 * @param query A query string for a search
 * @param rewriteQuery Whether to rewrite the natural language query for vector search.
 * @param maxNumResults The maximum number of results to return. This number should be
 * between 1 and 50 inclusive.
 * @param filters A filter to apply based on file attributes.
 * @param rankingOptions Ranking options for search.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VectorStoreSearchRequest.Reader.class)
public record VectorStoreSearchRequest(@JsonProperty("query") VectorStoreSearchRequest.Query query,
		@JsonProperty("rewrite_query") @Nullable Boolean rewriteQuery,
		@JsonProperty("max_num_results") @Nullable Long maxNumResults,
		@JsonProperty("filters") VectorStoreSearchRequest.@Nullable Filters filters,
		@JsonProperty("ranking_options") VectorStoreSearchRequest.@Nullable RankingOptions rankingOptions,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VectorStoreSearchRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param query A query string for a search
	 * @param rewriteQuery Whether to rewrite the natural language query for vector
	 * search.
	 * @param maxNumResults The maximum number of results to return.
	 * @param filters A filter to apply based on file attributes.
	 * @param rankingOptions Ranking options for search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VectorStoreSearchRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VectorStoreSearchRequest}.
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
	 * A query string for a search
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Query.Deserializer.class)
	public sealed interface Query permits Query.StringValue, Query.StringList, Query.Unknown {

		/**
		 * A {@link Query} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Query {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Query} that is a {@code List<String>}.
		 *
		 * @param value the value
		 */
		record StringList(@JsonValue List<String> value) implements Query {
			/**
			 * Creates a {@link StringList}, rejecting a null value.
			 * @param value the value
			 */
			public StringList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Query} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Query, UnknownVariant {
		}

		/**
		 * Reads a {@link Query} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Query> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Query>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<String>>() {
					}, StringList::new));
			}

		}

	}

	/**
	 * A filter to apply based on file attributes.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Filters.Deserializer.class)
	public sealed interface Filters permits ComparisonFilter, CompoundFilter, Filters.Unknown {

		/**
		 * A {@link Filters} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Filters, UnknownVariant {
		}

		/**
		 * Reads a {@link Filters} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Filters> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Filters>variants(Unknown::new)
					.discriminator("type")
					.object(ComparisonFilter.class,
							VariantShape.declaring("type", "key", "value")
								.requiring("type", "key", "value")
								.values("type", "eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"))
					.object(CompoundFilter.class,
							VariantShape.declaring("type", "filters")
								.requiring("type", "filters")
								.values("type", "and", "or")));
			}

		}

	}

	/**
	 * Ranking options for search.
	 *
	 * @param ranker Enable re-ranking; set to {@code none} to disable, which can help
	 * reduce latency.
	 * @param scoreThreshold A number (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RankingOptions.Reader.class)
	public static record RankingOptions(@JsonProperty("ranker") RankingOptions.@Nullable Ranker ranker,
			@JsonProperty("score_threshold") @Nullable Double scoreThreshold,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RankingOptions}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param ranker Enable re-ranking; set to {@code none} to disable, which can help
		 * reduce latency.
		 * @param scoreThreshold A number (the API description says no more).
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
		 * Enable re-ranking; set to {@code none} to disable, which can help reduce
		 * latency.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Ranker(@JsonValue String value) {
			/**
			 * The value {@code none}.
			 */
			public static final Ranker NONE = new Ranker("none");

			/**
			 * The value {@code auto}.
			 */
			public static final Ranker AUTO = new Ranker("auto");

			/**
			 * The value {@code default-2024-11-15}.
			 */
			public static final Ranker DEFAULT_2024_11_15 = new Ranker("default-2024-11-15");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Ranker {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Ranker of(String value) {
				return switch (value) {
					case "none" -> NONE;
					case "auto" -> AUTO;
					case "default-2024-11-15" -> DEFAULT_2024_11_15;
					default -> new Ranker(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "none", "auto", "default-2024-11-15" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link RankingOptions}.
		 */
		public static final class Builder {

			private @Nullable Ranker ranker;

			private @Nullable Double scoreThreshold;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RankingOptions source) {
				this.ranker = source.ranker();
				this.scoreThreshold = source.scoreThreshold();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Enable re-ranking; set to {@code none} to disable, which can help reduce
			 * latency.
			 * @param ranker the value
			 * @return this builder
			 */
			public Builder ranker(@Nullable Ranker ranker) {
				this.ranker = ranker;
				return this;
			}

			/**
			 * Enable re-ranking; set to {@code none} to disable, which can help reduce
			 * latency.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder ranker(String value) {
				return ranker(Ranker.of(value));
			}

			/**
			 * A number (the API description says no more).
			 * @param scoreThreshold the value
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
			public RankingOptions build() {
				return new RankingOptions(this.ranker, this.scoreThreshold, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RankingOptions} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RankingOptions> {

			Reader() {
				super(RankingOptions.class, "ranker", "score_threshold");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Ranker.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected RankingOptions create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RankingOptions((Ranker) values[0], (Double) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RankingOptions} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RankingOptions> {

			Writer() {
				super(RankingOptions.class, "ranker", "score_threshold");
			}

			@Override
			protected @Nullable Object value(RankingOptions record, int index) {
				return switch (index) {
					case 0 -> record.ranker();
					case 1 -> record.scoreThreshold();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RankingOptions record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link VectorStoreSearchRequest}.
	 */
	public static final class Builder {

		private @Nullable Query query;

		private @Nullable Boolean rewriteQuery;

		private @Nullable Long maxNumResults;

		private @Nullable Filters filters;

		private @Nullable RankingOptions rankingOptions;

		/**
		 * The list that {@code query} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<String> queryAdded;

		private Query.@Nullable StringList queryAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(VectorStoreSearchRequest source) {
			this.query = source.query();
			this.rewriteQuery = source.rewriteQuery();
			this.maxNumResults = source.maxNumResults();
			this.filters = source.filters();
			this.rankingOptions = source.rankingOptions();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A query string for a search
		 * @param query the value (required)
		 * @return this builder
		 */
		public Builder query(@Nullable Query query) {
			this.query = query;
			return this;
		}

		/**
		 * A query string for a search
		 * <p>
		 * Takes the value of a {@link Query.StringValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder query(String value) {
			return query(new Query.StringValue(value));
		}

		/**
		 * A query string for a search
		 * <p>
		 * Takes the value of a {@link Query.StringList}, copying the list.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder query(List<String> value) {
			return query(new Query.StringList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * A query string for a search
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param query the item to add
		 * @return this builder
		 */
		public Builder addQuery(String query) {
			Objects.requireNonNull(query, "'query' must not be null");
			if (this.queryAdded == null || this.query != this.queryAddedTo) {
				List<String> items = new ArrayList<>();
				if (this.query instanceof Query.StringList held) {
					items.addAll(held.value());
				}
				else if (this.query != null) {
					throw new IllegalStateException("Cannot add to 'query', which holds a "
							+ this.query.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.queryAdded = items;
				this.queryAddedTo = new Query.StringList(Collections.unmodifiableList(items));
				this.query = this.queryAddedTo;
			}
			this.queryAdded.add(query);
			return this;
		}

		/**
		 * Whether to rewrite the natural language query for vector search.
		 * @param rewriteQuery the value
		 * @return this builder
		 */
		public Builder rewriteQuery(@Nullable Boolean rewriteQuery) {
			this.rewriteQuery = rewriteQuery;
			return this;
		}

		/**
		 * The maximum number of results to return.
		 * @param maxNumResults the value
		 * @return this builder
		 */
		public Builder maxNumResults(@Nullable Long maxNumResults) {
			this.maxNumResults = maxNumResults;
			return this;
		}

		/**
		 * A filter to apply based on file attributes.
		 * @param filters the value
		 * @return this builder
		 */
		public Builder filters(@Nullable Filters filters) {
			this.filters = filters;
			return this;
		}

		/**
		 * Ranking options for search.
		 * @param rankingOptions the value
		 * @return this builder
		 */
		public Builder rankingOptions(@Nullable RankingOptions rankingOptions) {
			this.rankingOptions = rankingOptions;
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
		public VectorStoreSearchRequest build() {
			VectorStoreSearchRequest value = new VectorStoreSearchRequest(
					Objects.requireNonNull(this.query, "'query' is required"), this.rewriteQuery, this.maxNumResults,
					this.filters, this.rankingOptions, this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.queryAdded = null;
			this.queryAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link VectorStoreSearchRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VectorStoreSearchRequest> {

		Reader() {
			super(VectorStoreSearchRequest.class, "query", "rewrite_query", "max_num_results", "filters",
					"ranking_options");
		}

		@Override
		protected VectorStoreSearchRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VectorStoreSearchRequest((Query) values[0], (Boolean) values[1], (Long) values[2],
					(Filters) values[3], (RankingOptions) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VectorStoreSearchRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VectorStoreSearchRequest> {

		Writer() {
			super(VectorStoreSearchRequest.class, "query", "rewrite_query", "max_num_results", "filters",
					"ranking_options");
		}

		@Override
		protected @Nullable Object value(VectorStoreSearchRequest record, int index) {
			return switch (index) {
				case 0 -> record.query();
				case 1 -> record.rewriteQuery();
				case 2 -> record.maxNumResults();
				case 3 -> record.filters();
				case 4 -> record.rankingOptions();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VectorStoreSearchRequest record) {
			return record.additionalProperties();
		}

	}
}
