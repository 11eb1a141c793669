package dev.reactiveai.openai.core;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

/**
 * The parts of a {@code multipart/form-data} request body: files and plain fields.
 */
public final class MultipartForm {

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
		else if (value != null) {
			this.builder.part(name, value.toString());
		}
		return this;
	}

	boolean isReplayable() {
		return this.replayable;
	}

	MultiValueMap<String, HttpEntity<?>> parts() {
		return this.builder.build();
	}

}
