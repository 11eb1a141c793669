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
 * The compacted response object
 *
 * @param id The unique identifier for the compacted response.
 * @param object The object type. Always {@code response.compaction}.
 * @param output The compacted list of output items.
 * @param createdAt Unix timestamp (in seconds) when the compacted conversation was
 * created.
 * @param usage Token accounting for the compaction pass, including cached, reasoning, and
 * total tokens.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CompactResource.Reader.class)
public record CompactResource(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("output") List<ItemField> output, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("usage") ResponseUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CompactResource}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The unique identifier for the compacted response.
	 * @param object The object type.
	 * @param output The compacted list of output items.
	 * @param createdAt Unix timestamp (in seconds) when the compacted conversation was
	 * created.
	 * @param usage Token accounting for the compaction pass, including cached, reasoning,
	 * and total tokens.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CompactResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CompactResource}.
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
	 * Builds a {@link CompactResource}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable List<ItemField> output;

		private @Nullable Long createdAt;

		private @Nullable ResponseUsage usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "response.compaction";
		}

		private Builder(CompactResource source) {
			this.id = source.id();
			this.object = source.object();
			this.output = (source.output() != null) ? new ArrayList<>(source.output()) : null;
			this.createdAt = source.createdAt();
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique identifier for the compacted response.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The compacted list of output items.
		 * <p>
		 * Takes a copy of the list.
		 * @param output the value (required)
		 * @return this builder
		 */
		public Builder output(@Nullable List<? extends ItemField> output) {
			this.output = (output != null) ? new ArrayList<>(output) : null;
			return this;
		}

		/**
		 * The compacted list of output items.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param output the item to add
		 * @return this builder
		 */
		public Builder addOutput(ItemField output) {
			Objects.requireNonNull(output, "'output' must not be null");
			if (this.output == null) {
				this.output = new ArrayList<>();
			}
			this.output.add(output);
			return this;
		}

		/**
		 * Unix timestamp (in seconds) when the compacted conversation was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Token accounting for the compaction pass, including cached, reasoning, and
		 * total tokens.
		 * @param usage the value (required)
		 * @return this builder
		 */
		public Builder usage(@Nullable ResponseUsage usage) {
			this.usage = usage;
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
		public CompactResource build() {
			return new CompactResource(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.output, "'output' is required"))),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.usage, "'usage' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CompactResource} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CompactResource> {

		Reader() {
			super(CompactResource.class, "id", "object", "output", "created_at", "usage");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CompactResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CompactResource((String) values[0], (String) values[1], (List<ItemField>) values[2],
					(Long) values[3], (ResponseUsage) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CompactResource} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CompactResource> {

		Writer() {
			super(CompactResource.class, "id", "object", "output", "created_at", "usage");
		}

		@Override
		protected @Nullable Object value(CompactResource record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.output();
				case 3 -> record.createdAt();
				case 4 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CompactResource record) {
			return record.additionalProperties();
		}

	}
}
