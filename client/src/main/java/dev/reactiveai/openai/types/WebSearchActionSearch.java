// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Action type "search" - Performs a web search query.
 *
 * @param type The action type.
 * @param query [DEPRECATED] The search query.
 * @param queries The search queries.
 * @param sources The sources used in the search.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = WebSearchActionSearch.Reader.class)
public record WebSearchActionSearch(@JsonProperty("type") String type, @JsonProperty("query") String query,
		@JsonProperty("queries") @Nullable List<String> queries,
		@JsonProperty("sources") @Nullable List<WebSearchActionSearch.Source> sources,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements WebSearchToolCall.Action {

	/**
	 * Creates a {@link WebSearchActionSearch}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The action type.
	 * @param query [DEPRECATED] The search query.
	 * @param queries The search queries.
	 * @param sources The sources used in the search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public WebSearchActionSearch {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * [DEPRECATED] The search query.
	 * @return its value
	 * @deprecated The API description marks it deprecated and names no replacement.
	 */
	@Deprecated
	@JsonProperty("query")
	public String query() {
		return this.query;
	}

	/**
	 * A builder of {@link WebSearchActionSearch}.
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
	 * A source used in the search.
	 *
	 * @param type The type of source. Always {@code url}.
	 * @param url The URL of the source.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Source.Reader.class)
	public static record Source(@JsonProperty("type") String type, @JsonProperty("url") String url,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Source}, filling in {@code type} with its single possible
		 * value when absent; {@code additionalProperties} becomes an unmodifiable copy,
		 * empty for null.
		 * @param type The type of source.
		 * @param url The URL of the source.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Source {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Source}.
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
		 * Builds a {@link Source}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable String url;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "url";
			}

			private Builder(Source source) {
				this.type = source.type();
				this.url = source.url();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The URL of the source.
			 * @param url the value (required)
			 * @return this builder
			 */
			public Builder url(@Nullable String url) {
				this.url = url;
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
			public Source build() {
				return new Source(this.type, Objects.requireNonNull(this.url, "'url' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Source} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Source> {

			Reader() {
				super(Source.class, "type", "url");
			}

			@Override
			protected Source create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Source((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Source} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Source> {

			Writer() {
				super(Source.class, "type", "url");
			}

			@Override
			protected @Nullable Object value(Source record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.url();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Source record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link WebSearchActionSearch}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String query;

		private @Nullable List<String> queries;

		private @Nullable List<Source> sources;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "search";
		}

		private Builder(WebSearchActionSearch source) {
			this.type = source.type();
			this.query = source.query();
			this.queries = (source.queries() != null) ? new ArrayList<>(source.queries()) : null;
			this.sources = (source.sources() != null) ? new ArrayList<>(source.sources()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * [DEPRECATED] The search query.
		 * @param query the value (required)
		 * @return this builder
		 * @deprecated The API description marks it deprecated and names no replacement.
		 */
		@Deprecated
		public Builder query(@Nullable String query) {
			this.query = query;
			return this;
		}

		/**
		 * The search queries.
		 * <p>
		 * Takes a copy of the list.
		 * @param queries the value
		 * @return this builder
		 */
		public Builder queries(@Nullable List<String> queries) {
			this.queries = (queries != null) ? new ArrayList<>(queries) : null;
			return this;
		}

		/**
		 * The search queries.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param query the item to add
		 * @return this builder
		 */
		public Builder addQuery(String query) {
			Objects.requireNonNull(query, "'query' must not be null");
			if (this.queries == null) {
				this.queries = new ArrayList<>();
			}
			this.queries.add(query);
			return this;
		}

		/**
		 * The sources used in the search.
		 * <p>
		 * Takes a copy of the list.
		 * @param sources the value
		 * @return this builder
		 */
		public Builder sources(@Nullable List<Source> sources) {
			this.sources = (sources != null) ? new ArrayList<>(sources) : null;
			return this;
		}

		/**
		 * The sources used in the search.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param source the item to add
		 * @return this builder
		 */
		public Builder addSource(Source source) {
			Objects.requireNonNull(source, "'source' must not be null");
			if (this.sources == null) {
				this.sources = new ArrayList<>();
			}
			this.sources.add(source);
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
		public WebSearchActionSearch build() {
			return new WebSearchActionSearch(this.type, Objects.requireNonNull(this.query, "'query' is required"),
					(this.queries != null) ? Collections.unmodifiableList(new ArrayList<>(this.queries)) : null,
					(this.sources != null) ? Collections.unmodifiableList(new ArrayList<>(this.sources)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link WebSearchActionSearch} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<WebSearchActionSearch> {

		Reader() {
			super(WebSearchActionSearch.class, "type", "query", "queries", "sources");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected WebSearchActionSearch create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new WebSearchActionSearch((String) values[0], (String) values[1], (List<String>) values[2],
					(List<Source>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link WebSearchActionSearch} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<WebSearchActionSearch> {

		Writer() {
			super(WebSearchActionSearch.class, "type", "query", "queries", "sources");
		}

		@Override
		protected @Nullable Object value(WebSearchActionSearch record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.query();
				case 2 -> record.queries();
				case 3 -> record.sources();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(WebSearchActionSearch record) {
			return record.additionalProperties();
		}

	}
}
