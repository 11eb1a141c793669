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
 * A tool that searches for relevant content from uploaded files. Learn more about the
 * <a href="https://platform.openai.com/docs/guides/tools-file-search">file search
 * tool</a>.
 *
 * @param type The type of the file search tool. Always {@code file_search}.
 * @param vectorStoreIds The IDs of the vector stores to search.
 * @param maxNumResults The maximum number of results to return. This number should be
 * between 1 and 50 inclusive.
 * @param rankingOptions Ranking options for search.
 * @param filters A {@link dev.reactiveai.openai.types.Filters} (the API description says
 * no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FileSearchTool.Reader.class)
public record FileSearchTool(@JsonProperty("type") String type,
		@JsonProperty("vector_store_ids") List<String> vectorStoreIds,
		@JsonProperty("max_num_results") @Nullable Long maxNumResults,
		@JsonProperty("ranking_options") @Nullable RankingOptions rankingOptions,
		@JsonProperty("filters") @Nullable Filters filters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link FileSearchTool}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the file search tool.
	 * @param vectorStoreIds The IDs of the vector stores to search.
	 * @param maxNumResults The maximum number of results to return.
	 * @param rankingOptions Ranking options for search.
	 * @param filters A {@link dev.reactiveai.openai.types.Filters} (the API description
	 * says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FileSearchTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FileSearchTool}.
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
	 * Builds a {@link FileSearchTool}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<String> vectorStoreIds;

		private @Nullable Long maxNumResults;

		private @Nullable RankingOptions rankingOptions;

		private @Nullable Filters filters;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_search";
		}

		private Builder(FileSearchTool source) {
			this.type = source.type();
			this.vectorStoreIds = (source.vectorStoreIds() != null) ? new ArrayList<>(source.vectorStoreIds()) : null;
			this.maxNumResults = source.maxNumResults();
			this.rankingOptions = source.rankingOptions();
			this.filters = source.filters();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The IDs of the vector stores to search.
		 * <p>
		 * Takes a copy of the list.
		 * @param vectorStoreIds the value (required)
		 * @return this builder
		 */
		public Builder vectorStoreIds(@Nullable List<String> vectorStoreIds) {
			this.vectorStoreIds = (vectorStoreIds != null) ? new ArrayList<>(vectorStoreIds) : null;
			return this;
		}

		/**
		 * The IDs of the vector stores to search.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param vectorStoreId the item to add
		 * @return this builder
		 */
		public Builder addVectorStoreId(String vectorStoreId) {
			Objects.requireNonNull(vectorStoreId, "'vectorStoreId' must not be null");
			if (this.vectorStoreIds == null) {
				this.vectorStoreIds = new ArrayList<>();
			}
			this.vectorStoreIds.add(vectorStoreId);
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
		 * Ranking options for search.
		 * @param rankingOptions the value
		 * @return this builder
		 */
		public Builder rankingOptions(@Nullable RankingOptions rankingOptions) {
			this.rankingOptions = rankingOptions;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.Filters} (the API description says no
		 * more).
		 * @param filters the value
		 * @return this builder
		 */
		public Builder filters(@Nullable Filters filters) {
			this.filters = filters;
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
		public FileSearchTool build() {
			return new FileSearchTool(this.type,
					Collections.unmodifiableList(new ArrayList<>(
							Objects.requireNonNull(this.vectorStoreIds, "'vectorStoreIds' is required"))),
					this.maxNumResults, this.rankingOptions, this.filters, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FileSearchTool} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FileSearchTool> {

		Reader() {
			super(FileSearchTool.class, "type", "vector_store_ids", "max_num_results", "ranking_options", "filters");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected FileSearchTool create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new FileSearchTool((String) values[0], (List<String>) values[1], (Long) values[2],
					(RankingOptions) values[3], (Filters) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FileSearchTool} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FileSearchTool> {

		Writer() {
			super(FileSearchTool.class, "type", "vector_store_ids", "max_num_results", "ranking_options", "filters");
		}

		@Override
		protected @Nullable Object value(FileSearchTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.vectorStoreIds();
				case 2 -> record.maxNumResults();
				case 3 -> record.rankingOptions();
				case 4 -> record.filters();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FileSearchTool record) {
			return record.additionalProperties();
		}

	}
}
