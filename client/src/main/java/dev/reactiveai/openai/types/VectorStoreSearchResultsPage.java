// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
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
			this.searchQuery = source.searchQuery();
			this.data = source.data();
			this.hasMore = source.hasMore();
			this.nextPage = source.nextPage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The object type, which is always {@code vector_store.search_results.page}
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * A list of strings (the API description says no more).
		 * @param searchQuery the value (required)
		 * @return this builder
		 */
		public Builder searchQuery(@Nullable List<String> searchQuery) {
			this.searchQuery = searchQuery;
			return this;
		}

		/**
		 * The list of search result items.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<VectorStoreSearchResultItem> data) {
			this.data = data;
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
					Objects.requireNonNull(this.searchQuery, "'searchQuery' is required"),
					Objects.requireNonNull(this.data, "'data' is required"),
					Objects.requireNonNull(this.hasMore, "'hasMore' is required"), this.nextPage,
					this.additionalProperties);
		}

	}
}
