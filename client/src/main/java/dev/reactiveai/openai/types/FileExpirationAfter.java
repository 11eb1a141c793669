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
 * The expiration policy for a file. By default, files with {@code purpose=batch} expire
 * after 30 days and all other files are persisted until they are manually deleted.
 *
 * @param anchor Anchor timestamp after which the expiration policy applies. Supported
 * anchors: {@code created_at}.
 * @param seconds The number of seconds after the anchor time that the file will expire.
 * Must be between 3600 (1 hour) and 2592000 (30 days).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FileExpirationAfter.Reader.class)
public record FileExpirationAfter(@JsonProperty("anchor") String anchor, @JsonProperty("seconds") Long seconds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FileExpirationAfter}, filling in {@code anchor} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param anchor Anchor timestamp after which the expiration policy applies.
	 * @param seconds The number of seconds after the anchor time that the file will
	 * expire.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FileExpirationAfter {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FileExpirationAfter}.
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
	 * Builds a {@link FileExpirationAfter}.
	 */
	public static final class Builder {

		private @Nullable String anchor;

		private @Nullable Long seconds;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.anchor = "created_at";
		}

		private Builder(FileExpirationAfter source) {
			this.anchor = source.anchor();
			this.seconds = source.seconds();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The number of seconds after the anchor time that the file will expire.
		 * @param seconds the value (required)
		 * @return this builder
		 */
		public Builder seconds(@Nullable Long seconds) {
			this.seconds = seconds;
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
		public FileExpirationAfter build() {
			return new FileExpirationAfter(this.anchor, Objects.requireNonNull(this.seconds, "'seconds' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FileExpirationAfter} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FileExpirationAfter> {

		Reader() {
			super(FileExpirationAfter.class, "anchor", "seconds");
		}

		@Override
		protected FileExpirationAfter create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FileExpirationAfter((String) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FileExpirationAfter} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FileExpirationAfter> {

		Writer() {
			super(FileExpirationAfter.class, "anchor", "seconds");
		}

		@Override
		protected @Nullable Object value(FileExpirationAfter record, int index) {
			return switch (index) {
				case 0 -> record.anchor();
				case 1 -> record.seconds();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FileExpirationAfter record) {
			return record.additionalProperties();
		}

	}
}
