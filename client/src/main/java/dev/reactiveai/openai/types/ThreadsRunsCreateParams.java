// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
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
 * The query parameters of {@code POST /threads/{thread_id}/runs} and {@code GET
 * /threads/{thread_id}/runs/{run_id}/steps/{step_id}}.
 *
 * @param include A list of additional fields to include in the response. Currently the
 * only supported value is
 * {@code step_details.tool_calls[*].file_search.results[*].content} to fetch the file
 * search result content.
 * <p>
 * See the <a href=
 * "https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings">file
 * search tool documentation</a> for more information.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ThreadsRunsCreateParams.Reader.class)
public record ThreadsRunsCreateParams(
		@JsonProperty("include[]") @Nullable List<ThreadsRunsCreateParams.IncludeItem> include,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ThreadsRunsCreateParams}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param include A list of additional fields to include in the response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ThreadsRunsCreateParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ThreadsRunsCreateParams}.
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
	 * An item of a {@link ThreadsRunsCreateParams}'s {@code include[]}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record IncludeItem(@JsonValue String value) {
		/**
		 * The value {@code step_details.tool_calls[*].file_search.results[*].content}.
		 */
		public static final IncludeItem STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULTS_CONTENT = new IncludeItem(
				"step_details.tool_calls[*].file_search.results[*].content");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public IncludeItem {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static IncludeItem of(String value) {
			return switch (value) {
				case "step_details.tool_calls[*].file_search.results[*].content" ->
					STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULTS_CONTENT;
				default -> new IncludeItem(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "step_details.tool_calls[*].file_search.results[*].content" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ThreadsRunsCreateParams}.
	 */
	public static final class Builder {

		private @Nullable List<IncludeItem> include;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ThreadsRunsCreateParams source) {
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of additional fields to include in the response.
		 * <p>
		 * Takes a copy of the list.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeItem> include) {
			this.include = (include != null) ? new ArrayList<>(include) : null;
			return this;
		}

		/**
		 * A list of additional fields to include in the response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param include the item to add
		 * @return this builder
		 */
		public Builder addInclude(IncludeItem include) {
			Objects.requireNonNull(include, "'include' must not be null");
			if (this.include == null) {
				this.include = new ArrayList<>();
			}
			this.include.add(include);
			return this;
		}

		/**
		 * A list of additional fields to include in the response.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addInclude(String value) {
			return addInclude(IncludeItem.of(value));
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
		public ThreadsRunsCreateParams build() {
			return new ThreadsRunsCreateParams(
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ThreadsRunsCreateParams} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ThreadsRunsCreateParams> {

		Reader() {
			super(ThreadsRunsCreateParams.class, "include[]");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ThreadsRunsCreateParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ThreadsRunsCreateParams((List<IncludeItem>) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ThreadsRunsCreateParams} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ThreadsRunsCreateParams> {

		Writer() {
			super(ThreadsRunsCreateParams.class, "include[]");
		}

		@Override
		protected @Nullable Object value(ThreadsRunsCreateParams record, int index) {
			return switch (index) {
				case 0 -> record.include();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ThreadsRunsCreateParams record) {
			return record.additionalProperties();
		}

	}
}
