package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.spring.javaformat.formatter.Formatter;
import org.eclipse.jface.text.Document;
import org.eclipse.text.edits.TextEdit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the client's models and services from the API description, formatted as the
 * project formats its code. Deterministic: the same description gives the same files.
 * <p>
 * {@code main(spec, outputDirectory)} writes the files; {@link #generate} returns them by
 * path, for the test that checks the committed output is up to date.
 */
public final class Generator {

	static final String MODEL_PACKAGE = "dev.reactiveai.openai.model";

	private static final String HEADER = "Generated from spec/openai-openapi.json by the generator module. Do not edit.";

	private final JsonNode spec;

	public Generator(JsonNode spec) {
		this.spec = spec;
	}

	public static Generator forSpec(Path specFile) {
		try {
			return new Generator(JsonMapper.builder().build().readTree(Files.readString(specFile)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + specFile, ex);
		}
	}

	/**
	 * Generate every file.
	 * @return the files' content by path relative to the source root
	 */
	public Map<String, String> generate() {
		Map<String, String> files = new TreeMap<>();
		Schemas schemas = new Schemas(this.spec);
		Map<String, TypeSpec> models = new ModelGenerator(schemas, MODEL_PACKAGE).generate();
		Formatter formatter = new Formatter();
		models.forEach((name, type) -> {
			JavaFile file = JavaFile.builder(MODEL_PACKAGE, type)
				.addFileComment(HEADER)
				.skipJavaLangImports(true)
				.indent("\t")
				.build();
			files.put(MODEL_PACKAGE.replace('.', '/') + "/" + name + ".java", format(formatter, file.toString()));
		});
		files.put(MODEL_PACKAGE.replace('.', '/') + "/package-info.java", packageInfo());
		return files;
	}

	private static String packageInfo() {
		return "/*\n * " + HEADER
				+ "\n */\n\n/**\n * The OpenAI API's models: requests, responses, stream events.\n */\n"
				+ "@NullMarked\npackage " + MODEL_PACKAGE + ";\n\nimport org.jspecify.annotations.NullMarked;\n";
	}

	private static String format(Formatter formatter, String source) {
		try {
			TextEdit edit = formatter.format(source);
			if (edit == null) {
				throw new IllegalStateException("The formatter could not parse:\n" + source);
			}
			Document document = new Document(source);
			edit.apply(document);
			return document.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not format generated code", ex);
		}
	}

	/**
	 * Write the generated files, replacing the generated packages' previous content.
	 * @param args the API description and the source root to write to
	 * @throws IOException if a file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Path spec = Path.of(args[0]);
		Path output = Path.of(args[1]);
		Map<String, String> files = forSpec(spec).generate();
		Path modelDirectory = output.resolve(MODEL_PACKAGE.replace('.', '/'));
		if (Files.isDirectory(modelDirectory)) {
			try (var existing = Files.list(modelDirectory)) {
				for (Path file : existing.toList()) {
					Files.delete(file);
				}
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path target = output.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
		}
		System.out.println("Generated " + files.size() + " files into " + output);
	}

}
