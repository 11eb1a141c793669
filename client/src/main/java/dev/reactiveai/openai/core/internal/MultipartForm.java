package dev.reactiveai.openai.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.core.UploadFile;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

/**
 * The parts of a {@code multipart/form-data} request body: files and fields, in the order
 * a generated service lists them. Fields are written when the request is sent, with the
 * client's JSON mapper.
 */
public final class MultipartForm {

	private final List<Part> parts = new ArrayList<>();

	private boolean replayable = true;

	MultipartForm() {
	}

	/**
	 * Add a file part; a null file is left out.
	 * @param name the part name
	 * @param file the file, or null
	 * @return this form
	 */
	public MultipartForm file(String name, @Nullable UploadFile file) {
		if (file != null) {
			this.parts.add(new Part(name, file));
			this.replayable &= file.isReplayable();
		}
		return this;
	}

	/**
	 * Add a part per file, named {@code name[]} as the API expects for arrays; null is
	 * left out.
	 * @param name the name of the array
	 * @param files the files, or null
	 * @return this form
	 */
	public MultipartForm files(String name, @Nullable List<UploadFile> files) {
		if (files != null) {
			files.forEach((file) -> file(name + "[]", file));
		}
		return this;
	}

	/**
	 * Add a field; a null value is left out, a file is sent as a file part, and a
	 * collection is sent as repeated fields named {@code name[]}, as the API expects for
	 * arrays. A value whose JSON is a string (text, an open enum) or a number or boolean
	 * is sent as that text, anything else as its JSON.
	 * @param name the field name
	 * @param value the value, or null
	 * @return this form
	 */
	public MultipartForm field(String name, @Nullable Object value) {
		if (value instanceof UploadFile file) {
			file(name, file);
		}
		else if (value instanceof Collection<?> values) {
			values.forEach((element) -> field(name + "[]", element));
		}
		else if (value != null) {
			this.parts.add(new Part(name, value));
		}
		return this;
	}

	/**
	 * Add a field per entry, such as the properties of a request that this version of the
	 * client does not know.
	 * @param fields the fields by name
	 * @return this form
	 */
	public MultipartForm fields(Map<String, ?> fields) {
		fields.forEach(this::field);
		return this;
	}

	boolean isReplayable() {
		return this.replayable;
	}

	/**
	 * The parts as they are sent.
	 * @param mapper the client's JSON mapper, for the fields
	 * @return the parts
	 */
	MultiValueMap<String, HttpEntity<?>> parts(JsonMapper mapper) {
		MultipartBodyBuilder builder = new MultipartBodyBuilder();
		for (Part part : this.parts) {
			if (part.value() instanceof UploadFile file) {
				addFile(builder, part.name(), file);
			}
			else {
				String text = text(mapper, part.value());
				if (text != null) {
					builder.part(part.name(), text);
				}
			}
		}
		return builder.build();
	}

	private static void addFile(MultipartBodyBuilder builder, String name, UploadFile file) {
		Resource resource = file.resource();
		Flux<DataBuffer> content = file.content();
		if (resource != null) {
			builder.part(name, resource).filename(file.filename()).contentType(file.contentType());
		}
		else if (content != null) {
			builder.asyncPart(name, content, DataBuffer.class)
				.filename(file.filename())
				.contentType(file.contentType());
		}
	}

	private static @Nullable String text(JsonMapper mapper, Object value) {
		JsonNode node = mapper.valueToTree(value);
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return node.isValueNode() ? node.asString() : mapper.writeValueAsString(node);
	}

	/** A part: a file, or a value sent as a field. */
	private record Part(String name, Object value) {

	}

}
