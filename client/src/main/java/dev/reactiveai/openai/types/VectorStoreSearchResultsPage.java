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
 * The response of {@code POST /vector_stores/{vector_store_id}/search}: Search a vector
 * store for relevant chunks based on a query and file attributes filter.
 *
 * @param object The object type, which is always {@code vector_store.search_results.page}
 * @param searchQuery A list of strings (the API description says no more).
 * @param data The list of search result items.
 * @param hasMore Indicates if there are more results to fetch.
 * @param nextPage The token for the next page, if any.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VectorStoreSearchResultsPage.Reader.class)
public record VectorStoreSearchResultsPage(@JsonProperty("object") String object,
		@JsonProperty("search_query") List<String> searchQuery,
		@JsonProperty("data") List<VectorStoreSearchResultItem> data, @JsonProperty("has_more") Boolean hasMore,
		@JsonProperty("next_page") @Nullable String nextPage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VectorStoreSearchResultsPage}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object The object type, which is always
	 * {@code vector_store.search_results.page}
	 * @param searchQuery A list of strings (the API description says no more).
	 * @param data The list of search result items.
	 * @param hasMore Indicates if there are more results to fetch.
	 * @param nextPage The token for the next page, if any.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VectorStoreSearchResultsPage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VectorStoreSearchResultsPage}.
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
	 * Builds a {@link VectorStoreSearchResultsPage}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<String> searchQuery;

		private @Nullable List<VectorStoreSearchResultItem> data;

		private @Nullable Boolean hasMore;

		private @Nullable String nextPage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "vector_store.search_results.page";
		}

		private Builder(VectorStoreSearchResultsPage source) {
			this.object = source.object();
			this.searchQuery = (source.searchQuery() != null) ? new ArrayList<>(source.searchQuery()) : null;
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.hasMore = source.hasMore();
			this.nextPage = source.nextPage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of strings (the API description says no more).
		 * <p>
		 * Takes a copy of the list.
		 * @param searchQuery the value (required)
		 * @return this builder
		 */
		public Builder searchQuery(@Nullable List<String> searchQuery) {
			this.searchQuery = (searchQuery != null) ? new ArrayList<>(searchQuery) : null;
			return this;
		}

		/**
		 * A list of strings (the API description says no more).
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param searchQuery the item to add
		 * @return this builder
		 */
		public Builder addSearchQuery(String searchQuery) {
			Objects.requireNonNull(searchQuery, "'searchQuery' must not be null");
			if (this.searchQuery == null) {
				this.searchQuery = new ArrayList<>();
			}
			this.searchQuery.add(searchQuery);
			return this;
		}

		/**
		 * The list of search result items.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<VectorStoreSearchResultItem> data) {
			this.data = (data != null) ? new ArrayList<>(data) : null;
			return this;
		}

		/**
		 * The list of search result items.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param data the item to add
		 * @return this builder
		 */
		public Builder addData(VectorStoreSearchResultItem data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * Indicates if there are more results to fetch.
		 * @param hasMore the value (required)
		 * @return this builder
		 */
		public Builder hasMore(@Nullable Boolean hasMore) {
			this.hasMore = hasMore;
			return this;
		}

		/**
		 * The token for the next page, if any.
		 * @param nextPage the value
		 * @return this builder
		 */
		public Builder nextPage(@Nullable String nextPage) {
			this.nextPage = nextPage;
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
		public VectorStoreSearchResultsPage build() {
			return new VectorStoreSearchResultsPage(this.object,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.searchQuery, "'searchQuery' is required"))),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					Objects.requireNonNull(this.hasMore, "'hasMore' is required"), this.nextPage,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VectorStoreSearchResultsPage} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VectorStoreSearchResultsPage> {

		Reader() {
			super(VectorStoreSearchResultsPage.class, "object", "search_query", "data", "has_more", "next_page");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected VectorStoreSearchResultsPage create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VectorStoreSearchResultsPage((String) values[0], (List<String>) values[1],
					(List<VectorStoreSearchResultItem>) values[2], (Boolean) values[3], (String) values[4],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link VectorStoreSearchResultsPage} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VectorStoreSearchResultsPage> {

		Writer() {
			super(VectorStoreSearchResultsPage.class, "object", "search_query", "data", "has_more", "next_page");
		}

		@Override
		protected @Nullable Object value(VectorStoreSearchResultsPage record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.searchQuery();
				case 2 -> record.data();
				case 3 -> record.hasMore();
				case 4 -> record.nextPage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VectorStoreSearchResultsPage record) {
			return record.additionalProperties();
		}

	}
}
