package dev.reactiveai.openai.core.internal;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

/**
 * The parts of a {@code multipart/form-data} request body: files and plain fields.
 */
public final class MultipartForm {

	private static final JsonMapper JSON = OpenAiJson.mapper();

	private final MultipartBodyBuilder builder = new MultipartBodyBuilder();

	private boolean replayable = true;

	MultipartForm() {
	}

	/**
	 * Add a file part.
	 * @param name the part name
	 * @param file the file
	 * @return this form
	 */
	public MultipartForm file(String name, UploadFile file) {
		Resource resource = file.resource();
		Flux<DataBuffer> content = file.content();
		if (resource != null) {
			this.builder.part(name, resource).filename(file.filename()).contentType(file.contentType());
		}
		else if (content != null) {
			this.builder.asyncPart(name, content, DataBuffer.class)
				.filename(file.filename())
				.contentType(file.contentType());
		}
		this.replayable &= file.isReplayable();
		return this;
	}

	/**
	 * Add a text field; a null value is left out and a collection is sent as repeated
	 * fields named {@code name[]}, as the API expects for arrays.
	 * @param name the field name
	 * @param value the value
	 * @return this form
	 */
	public MultipartForm field(String name, @Nullable Object value) {
		if (value instanceof Collection<?> values) {
			values.forEach((element) -> field(name + "[]", element));
		}
		else if (value instanceof Map<?, ?> || value instanceof Record && !isOpenEnum(value)) {
			this.builder.part(name, JSON.writeValueAsString(value));
		}
		else if (value != null) {
			this.builder.part(name, value.toString());
		}
		return this;
	}

	/** Open enums are records of one string, written as that string. */
	private static boolean isOpenEnum(Object value) {
		RecordComponent[] components = value.getClass().getRecordComponents();
		return components.length == 1 && components[0].getType() == String.class;
	}

	/**
	 * Add every property of a request record: files as file parts (a list of files as
	 * parts named {@code name[]}, as the API expects for arrays), everything else as
	 * fields named as the API names them.
	 * @param request a generated request record
	 * @return this form
	 */
	public MultipartForm fields(Record request) {
		for (RecordComponent component : request.getClass().getRecordComponents()) {
			Object value;
			try {
				value = component.getAccessor().invoke(request);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Could not read " + component.getName() + " of " + request, ex);
			}
			JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
			if (property == null) {
				if (value instanceof Map<?, ?> additional) {
					additional.forEach((name, element) -> field(String.valueOf(name), element));
				}
				continue;
			}
			String name = property.value();
			Object content = unwrapped(value);
			if (content instanceof UploadFile file) {
				file(name, file);
			}
			else if (content instanceof Collection<?> values && !values.isEmpty()
					&& values.iterator().next() instanceof UploadFile) {
				values.forEach((file) -> file(name + "[]", (UploadFile) file));
			}
			else {
				field(name, value);
			}
		}
		return this;
	}

	/**
	 * The value a union's variant wraps (a record of one {@code @JsonValue} component,
	 * such as an image edit's {@code Image.FileValue}), so that a file in a union is sent
	 * as a file part.
	 */
	private static @Nullable Object unwrapped(@Nullable Object value) {
		if (value instanceof Record record) {
			RecordComponent[] components = record.getClass().getRecordComponents();
			if (components.length == 1 && components[0].getAccessor().isAnnotationPresent(JsonValue.class)) {
				try {
					return components[0].getAccessor().invoke(record);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("Could not read the value of " + record.getClass().getName(), ex);
				}
			}
		}
		return value;
	}

	boolean isReplayable() {
		return this.replayable;
	}

	MultiValueMap<String, HttpEntity<?>> parts() {
		return this.builder.build();
	}

}
