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
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object with {@code type} and {@code compact_threshold}.
 *
 * @param type The context management entry type. Currently only 'compaction' is
 * supported.
 * @param compactThreshold Token threshold at which compaction should be triggered for
 * this entry.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ContextManagementParam.Reader.class)
public record ContextManagementParam(@JsonProperty("type") String type,
		@JsonProperty("compact_threshold") @Nullable Long compactThreshold,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ContextManagementParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The context management entry type.
	 * @param compactThreshold Token threshold at which compaction should be triggered for
	 * this entry.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ContextManagementParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ContextManagementParam}.
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
	 * Builds a {@link ContextManagementParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long compactThreshold;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ContextManagementParam source) {
			this.type = source.type();
			this.compactThreshold = source.compactThreshold();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The context management entry type.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Token threshold at which compaction should be triggered for this entry.
		 * @param compactThreshold the value
		 * @return this builder
		 */
		public Builder compactThreshold(@Nullable Long compactThreshold) {
			this.compactThreshold = compactThreshold;
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
		public ContextManagementParam build() {
			return new ContextManagementParam(Objects.requireNonNull(this.type, "'type' is required"),
					this.compactThreshold, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ContextManagementParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ContextManagementParam> {

		Reader() {
			super(ContextManagementParam.class, "type", "compact_threshold");
		}

		@Override
		protected ContextManagementParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ContextManagementParam((String) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ContextManagementParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ContextManagementParam> {

		Writer() {
			super(ContextManagementParam.class, "type", "compact_threshold");
		}

		@Override
		protected @Nullable Object value(ContextManagementParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.compactThreshold();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ContextManagementParam record) {
			return record.additionalProperties();
		}

	}
}
