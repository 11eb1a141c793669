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
 * The expiration policy for a vector store.
 *
 * @param anchor Anchor timestamp after which the expiration policy applies. Supported
 * anchors: {@code last_active_at}.
 * @param days The number of days after the anchor time that the vector store will expire.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VectorStoreExpirationAfter.Reader.class)
public record VectorStoreExpirationAfter(@JsonProperty("anchor") String anchor, @JsonProperty("days") Long days,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VectorStoreExpirationAfter}, filling in {@code anchor} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param anchor Anchor timestamp after which the expiration policy applies.
	 * @param days The number of days after the anchor time that the vector store will
	 * expire.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VectorStoreExpirationAfter {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VectorStoreExpirationAfter}.
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
	 * Builds a {@link VectorStoreExpirationAfter}.
	 */
	public static final class Builder {

		private @Nullable String anchor;

		private @Nullable Long days;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.anchor = "last_active_at";
		}

		private Builder(VectorStoreExpirationAfter source) {
			this.anchor = source.anchor();
			this.days = source.days();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The number of days after the anchor time that the vector store will expire.
		 * @param days the value (required)
		 * @return this builder
		 */
		public Builder days(@Nullable Long days) {
			this.days = days;
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
		public VectorStoreExpirationAfter build() {
			return new VectorStoreExpirationAfter(this.anchor, Objects.requireNonNull(this.days, "'days' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VectorStoreExpirationAfter} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VectorStoreExpirationAfter> {

		Reader() {
			super(VectorStoreExpirationAfter.class, "anchor", "days");
		}

		@Override
		protected VectorStoreExpirationAfter create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VectorStoreExpirationAfter((String) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VectorStoreExpirationAfter} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VectorStoreExpirationAfter> {

		Writer() {
			super(VectorStoreExpirationAfter.class, "anchor", "days");
		}

		@Override
		protected @Nullable Object value(VectorStoreExpirationAfter record, int index) {
			return switch (index) {
				case 0 -> record.anchor();
				case 1 -> record.days();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VectorStoreExpirationAfter record) {
			return record.additionalProperties();
		}

	}
}
