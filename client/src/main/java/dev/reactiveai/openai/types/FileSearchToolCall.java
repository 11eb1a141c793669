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
 * The results of a file search tool call. See the
 * <a href="https://platform.openai.com/docs/guides/tools-file-search">file search
 * guide</a> for more information.
 *
 * @param id The unique ID of the file search tool call.
 * @param type The type of the file search tool call. Always {@code file_search_call}.
 * @param status The status of the file search tool call. One of {@code in_progress},
 * {@code searching}, {@code incomplete} or {@code failed},
 * @param queries The queries used to search for files.
 * @param results The results of the file search tool call.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FileSearchToolCall.Reader.class)
public record FileSearchToolCall(@JsonProperty("id") String id, @JsonProperty("type") String type,
		@JsonProperty("status") FileSearchToolCall.Status status, @JsonProperty("queries") List<String> queries,
		@JsonProperty("results") @Nullable List<FileSearchToolCall.Result> results,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			Item,
			ItemField,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link FileSearchToolCall}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The unique ID of the file search tool call.
	 * @param type The type of the file search tool call.
	 * @param status The status of the file search tool call.
	 * @param queries The queries used to search for files.
	 * @param results The results of the file search tool call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FileSearchToolCall {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FileSearchToolCall}.
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
	 * This item, which a next request's input takes as it is: a
	 * {@link FileSearchToolCall} is an {@link InputItem}.
	 * @return this item
	 */
	@Override
	public FileSearchToolCall asInput() {
		return this;
	}

	/**
	 * The status of the file search tool call. One of {@code in_progress},
	 * {@code searching}, {@code incomplete} or {@code failed},
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code searching}.
		 */
		public static final Status SEARCHING = new Status("searching");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code incomplete}.
		 */
		public static final Status INCOMPLETE = new Status("incomplete");

		/**
		 * The value {@code failed}.
		 */
		public static final Status FAILED = new Status("failed");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "in_progress" -> IN_PROGRESS;
				case "searching" -> SEARCHING;
				case "completed" -> COMPLETED;
				case "incomplete" -> INCOMPLETE;
				case "failed" -> FAILED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_progress", "searching", "completed", "incomplete", "failed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An item of a {@link FileSearchToolCall}'s {@code results}.
	 *
	 * @param fileId The unique ID of the file.
	 * @param text The text that was retrieved from the file.
	 * @param filename The name of the file.
	 * @param attributes Set of 16 key-value pairs that can be attached to an object. This
	 * can be useful for storing additional information about the object in a structured
	 * format, and querying for objects via API or the dashboard. Keys are strings with a
	 * maximum length of 64 characters. Values are strings with a maximum length of 512
	 * characters, booleans, or numbers.
	 * @param score The relevance score of the file - a value between 0 and 1.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Result.Reader.class)
	public static record Result(@JsonProperty("file_id") @Nullable String fileId,
			@JsonProperty("text") @Nullable String text, @JsonProperty("filename") @Nullable String filename,
			@JsonProperty("attributes") @Nullable Map<String, VectorStoreFileAttributesValue> attributes,
			@JsonProperty("score") @Nullable Double score,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Result}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param fileId The unique ID of the file.
		 * @param text The text that was retrieved from the file.
		 * @param filename The name of the file.
		 * @param attributes Set of 16 key-value pairs that can be attached to an object.
		 * @param score The relevance score of the file - a value between 0 and 1.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Result {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Result}.
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
		 * Builds a {@link Result}.
		 */
		public static final class Builder {

			private @Nullable String fileId;

			private @Nullable String text;

			private @Nullable String filename;

			private @Nullable Map<String, VectorStoreFileAttributesValue> attributes;

			private @Nullable Double score;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Result source) {
				this.fileId = source.fileId();
				this.text = source.text();
				this.filename = source.filename();
				this.attributes = (source.attributes() != null) ? new LinkedHashMap<>(source.attributes()) : null;
				this.score = source.score();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The unique ID of the file.
			 * @param fileId the value
			 * @return this builder
			 */
			public Builder fileId(@Nullable String fileId) {
				this.fileId = fileId;
				return this;
			}

			/**
			 * The text that was retrieved from the file.
			 * @param text the value
			 * @return this builder
			 */
			public Builder text(@Nullable String text) {
				this.text = text;
				return this;
			}

			/**
			 * The name of the file.
			 * @param filename the value
			 * @return this builder
			 */
			public Builder filename(@Nullable String filename) {
				this.filename = filename;
				return this;
			}

			/**
			 * Set of 16 key-value pairs that can be attached to an object.
			 * <p>
			 * Takes a copy of the map.
			 * @param attributes the value
			 * @return this builder
			 */
			public Builder attributes(@Nullable Map<String, ? extends VectorStoreFileAttributesValue> attributes) {
				this.attributes = (attributes != null) ? new LinkedHashMap<>(attributes) : null;
				return this;
			}

			/**
			 * Set of 16 key-value pairs that can be attached to an object.
			 * <p>
			 * Puts one entry in the map, replacing the value of a name it has.
			 * @param key the entry's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder putAttribute(String key, VectorStoreFileAttributesValue value) {
				Objects.requireNonNull(key, "'key' must not be null");
				Objects.requireNonNull(value, "'value' must not be null");
				if (this.attributes == null) {
					this.attributes = new LinkedHashMap<>();
				}
				this.attributes.put(key, value);
				return this;
			}

			/**
			 * The relevance score of the file - a value between 0 and 1.
			 * @param score the value
			 * @return this builder
			 */
			public Builder score(@Nullable Double score) {
				this.score = score;
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
			public Result build() {
				return new Result(
						this.fileId, this.text, this.filename, (this.attributes != null)
								? Collections.unmodifiableMap(new LinkedHashMap<>(this.attributes)) : null,
						this.score, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Result} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Result> {

			Reader() {
				super(Result.class, "file_id", "text", "filename", "attributes", "score");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Result create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Result((String) values[0], (String) values[1], (String) values[2],
						(Map<String, VectorStoreFileAttributesValue>) values[3], (Double) values[4],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link Result} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Result> {

			Writer() {
				super(Result.class, "file_id", "text", "filename", "attributes", "score");
			}

			@Override
			protected @Nullable Object value(Result record, int index) {
				return switch (index) {
					case 0 -> record.fileId();
					case 1 -> record.text();
					case 2 -> record.filename();
					case 3 -> record.attributes();
					case 4 -> record.score();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Result record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link FileSearchToolCall}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable Status status;

		private @Nullable List<String> queries;

		private @Nullable List<Result> results;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_search_call";
		}

		private Builder(FileSearchToolCall source) {
			this.id = source.id();
			this.type = source.type();
			this.status = source.status();
			this.queries = (source.queries() != null) ? new ArrayList<>(source.queries()) : null;
			this.results = (source.results() != null) ? new ArrayList<>(source.results()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the file search tool call.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The status of the file search tool call.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the file search tool call.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The queries used to search for files.
		 * <p>
		 * Takes a copy of the list.
		 * @param queries the value (required)
		 * @return this builder
		 */
		public Builder queries(@Nullable List<String> queries) {
			this.queries = (queries != null) ? new ArrayList<>(queries) : null;
			return this;
		}

		/**
		 * The queries used to search for files.
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
		 * The results of the file search tool call.
		 * <p>
		 * Takes a copy of the list.
		 * @param results the value
		 * @return this builder
		 */
		public Builder results(@Nullable List<Result> results) {
			this.results = (results != null) ? new ArrayList<>(results) : null;
			return this;
		}

		/**
		 * The results of the file search tool call.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param result the item to add
		 * @return this builder
		 */
		public Builder addResult(Result result) {
			Objects.requireNonNull(result, "'result' must not be null");
			if (this.results == null) {
				this.results = new ArrayList<>();
			}
			this.results.add(result);
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
		public FileSearchToolCall build() {
			return new FileSearchToolCall(Objects.requireNonNull(this.id, "'id' is required"), this.type,
					Objects.requireNonNull(this.status, "'status' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.queries, "'queries' is required"))),
					(this.results != null) ? Collections.unmodifiableList(new ArrayList<>(this.results)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FileSearchToolCall} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FileSearchToolCall> {

		Reader() {
			super(FileSearchToolCall.class, "id", "type", "status", "queries", "results");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected FileSearchToolCall create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FileSearchToolCall((String) values[0], (String) values[1], (Status) values[2],
					(List<String>) values[3], (List<Result>) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FileSearchToolCall} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FileSearchToolCall> {

		Writer() {
			super(FileSearchToolCall.class, "id", "type", "status", "queries", "results");
		}

		@Override
		protected @Nullable Object value(FileSearchToolCall record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.status();
				case 3 -> record.queries();
				case 4 -> record.results();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FileSearchToolCall record) {
			return record.additionalProperties();
		}

	}
}
