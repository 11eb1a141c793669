package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.palantir.javapoet.ClassName;
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

	static final String MODEL_PACKAGE = "dev.reactiveai.openai.types";

	static final String CLIENT_SOURCES = "client/src/main/java/";

	static final String AUTOCONFIGURE_SOURCES = "autoconfigure/src/main/java/";

	private static final String HEADER = "Generated from spec/openai-openapi.json by the generator module. Do not edit.";

	private final JsonNode spec;

	private final OperationNames names;

	private final TypeNames typeNames;

	private final BuilderShortcuts shortcuts;

	/**
	 * A generator of the given description, its operations named by the project's naming
	 * table ({@value OperationNames#SOURCE}), its types by its type naming table
	 * ({@value TypeNames#SOURCE}).
	 * @param spec the API description
	 */
	public Generator(JsonNode spec) {
		this(spec, OperationNames.load(), TypeNames.load(), BuilderShortcuts.load());
	}

	/**
	 * A generator of the given description, named by the given tables and without builder
	 * shortcuts.
	 */
	Generator(JsonNode spec, OperationNames names, TypeNames typeNames) {
		this(spec, names, typeNames, BuilderShortcuts.none());
	}

	Generator(JsonNode spec, OperationNames names, TypeNames typeNames, BuilderShortcuts shortcuts) {
		this.spec = spec;
		this.names = names;
		this.typeNames = typeNames;
		this.shortcuts = shortcuts;
	}

	/**
	 * A generator of the description in a file, named by the project's naming table.
	 * @param specFile the API description
	 * @return the generator
	 */
	public static Generator forSpec(Path specFile) {
		return new Generator(read(specFile));
	}

	static JsonNode read(Path specFile) {
		try {
			return JsonMapper.builder().build().readTree(Files.readString(specFile));
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
		ApiModelReader reader = new ApiModelReader(this.spec, schemas, MODEL_PACKAGE);
		Map<String, ApiModel.TypeDecl> types = reader.types(this.typeNames);
		ModelGenerator modelGenerator = new ModelGenerator(schemas, new Descriptions(schemas, this.spec), MODEL_PACKAGE,
				types, this.shortcuts);
		ApiModel api = reader.read(this.names, types, modelGenerator);
		ServiceGenerator serviceGenerator = new ServiceGenerator(api, modelGenerator, this.names.source());
		Map<ClassName, TypeSpec> services = serviceGenerator.generate();
		modelGenerator.checkShortcutsApplied();
		Map<String, TypeSpec> models = modelGenerator.build();
		Formatter formatter = new Formatter();
		models.forEach((name, type) -> write(files, formatter, MODEL_PACKAGE, type));
		files.put(path(MODEL_PACKAGE, "package-info"),
				packageInfo(MODEL_PACKAGE, "The OpenAI API's data types: requests, responses, stream events."));
		services.forEach((name, type) -> write(files, formatter, name.packageName(), type));
		serviceGenerator.packageDescriptions()
			.forEach((packageName, description) -> files.put(path(packageName, "package-info"),
					packageInfo(packageName, description)));
		Map<String, String> autoconfigure = new TreeMap<>();
		write(autoconfigure, formatter, ServiceGenerator.AUTOCONFIGURE_PACKAGE, serviceGenerator.beans());
		Map<String, String> result = new TreeMap<>();
		files.forEach((path, content) -> result.put(CLIENT_SOURCES + path, content));
		autoconfigure.forEach((path, content) -> result.put(AUTOCONFIGURE_SOURCES + path, content));
		return result;
	}

	private static void write(Map<String, String> files, Formatter formatter, String packageName, TypeSpec type) {
		JavaFile file = JavaFile.builder(packageName, type)
			.addFileComment(HEADER)
			.skipJavaLangImports(true)
			.indent("\t")
			.build();
		files.put(path(packageName, type.name()), format(formatter, file.toString()));
	}

	private static String path(String packageName, String simpleName) {
		return packageName.replace('.', '/') + "/" + simpleName + ".java";
	}

	private static String packageInfo(String packageName, String description) {
		return "/*\n * " + HEADER + "\n */\n\n/**\n * " + description + "\n */\n" + "@NullMarked\npackage "
				+ packageName + ";\n\nimport org.jspecify.annotations.NullMarked;\n";
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
		Path root = Path.of(args[1]);
		Map<String, String> files = forSpec(spec).generate();
		// Generated packages hold only generated files: clear them, so that nothing stale
		// stays.
		Set<Path> directories = new TreeSet<>();
		files.keySet()
			.stream()
			.filter((file) -> file.startsWith(CLIENT_SOURCES))
			.forEach((file) -> directories.add(root.resolve(file).getParent()));
		directories.remove(root.resolve(CLIENT_SOURCES + ServiceGenerator.BASE_PACKAGE.replace('.', '/')));
		for (Path directory : directories) {
			if (Files.isDirectory(directory)) {
				try (var existing = Files.list(directory)) {
					for (Path file : existing.filter(Files::isRegularFile).toList()) {
						Files.delete(file);
					}
				}
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path target = root.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
		}
		System.out.println("Generated " + files.size() + " files under " + root);
	}

}
