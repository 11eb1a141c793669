// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * File search tool call
 *
 * @param index The index of the tool call in the tool calls array.
 * @param id The ID of the tool call object.
 * @param type The type of tool call. This is always going to be {@code file_search} for
 * this type of tool call.
 * @param fileSearch For now, this is always going to be an empty object.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDeltaStepDetailsToolCallsFileSearchObject.Reader.class)
public record RunStepDeltaStepDetailsToolCallsFileSearchObject(@JsonProperty("index") Long index,
		@JsonProperty("id") @Nullable String id, @JsonProperty("type") String type,
		@JsonProperty("file_search") Map<String, Object> fileSearch,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDeltaStepDetailsToolCallsObject.ToolCall {

	/**
	 * Creates a {@link RunStepDeltaStepDetailsToolCallsFileSearchObject}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param index The index of the tool call in the tool calls array.
	 * @param id The ID of the tool call object.
	 * @param type The type of tool call.
	 * @param fileSearch For now, this is always going to be an empty object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDeltaStepDetailsToolCallsFileSearchObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDeltaStepDetailsToolCallsFileSearchObject}.
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
	 * Builds a {@link RunStepDeltaStepDetailsToolCallsFileSearchObject}.
	 */
	public static final class Builder {

		private @Nullable Long index;

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable Map<String, Object> fileSearch;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_search";
		}

		private Builder(RunStepDeltaStepDetailsToolCallsFileSearchObject source) {
			this.index = source.index();
			this.id = source.id();
			this.type = source.type();
			this.fileSearch = (source.fileSearch() != null) ? new LinkedHashMap<>(source.fileSearch()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the tool call in the tool calls array.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
			return this;
		}

		/**
		 * The ID of the tool call object.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * For now, this is always going to be an empty object.
		 * <p>
		 * Takes a copy of the map.
		 * @param fileSearch the value (required)
		 * @return this builder
		 */
		public Builder fileSearch(@Nullable Map<String, ?> fileSearch) {
			this.fileSearch = (fileSearch != null) ? new LinkedHashMap<>(fileSearch) : null;
			return this;
		}

		/**
		 * For now, this is always going to be an empty object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putFileSearch(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.fileSearch == null) {
				this.fileSearch = new LinkedHashMap<>();
			}
			this.fileSearch.put(key, value);
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
		public RunStepDeltaStepDetailsToolCallsFileSearchObject build() {
			return new RunStepDeltaStepDetailsToolCallsFileSearchObject(
					Objects.requireNonNull(this.index, "'index' is required"), this.id, this.type,
					Collections.unmodifiableMap(
							new LinkedHashMap<>(Objects.requireNonNull(this.fileSearch, "'fileSearch' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDeltaStepDetailsToolCallsFileSearchObject} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDeltaStepDetailsToolCallsFileSearchObject> {

		Reader() {
			super(RunStepDeltaStepDetailsToolCallsFileSearchObject.class, "index", "id", "type", "file_search");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RunStepDeltaStepDetailsToolCallsFileSearchObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDeltaStepDetailsToolCallsFileSearchObject((Long) values[0], (String) values[1],
					(String) values[2], (Map<String, Object>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDeltaStepDetailsToolCallsFileSearchObject} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDeltaStepDetailsToolCallsFileSearchObject> {

		Writer() {
			super(RunStepDeltaStepDetailsToolCallsFileSearchObject.class, "index", "id", "type", "file_search");
		}

		@Override
		protected @Nullable Object value(RunStepDeltaStepDetailsToolCallsFileSearchObject record, int index) {
			return switch (index) {
				case 0 -> record.index();
				case 1 -> record.id();
				case 2 -> record.type();
				case 3 -> record.fileSearch();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDeltaStepDetailsToolCallsFileSearchObject record) {
			return record.additionalProperties();
		}

	}
}
