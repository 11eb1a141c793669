package dev.reactiveai.openai.generator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the API description's markdown into Javadoc that doclint accepts and a reader can
 * trust: paragraphs, lists, code spans as <code>{&#64;code}</code>, fenced code as
 * preformatted text, emphasis, and links with the documentation's relative links made
 * absolute. Text is escaped so that it can neither end the comment nor start a tag, and
 * it is safe to pass to JavaPoet as a {@code $L} argument.
 * <p>
 * {@link #toJavadoc(String)} is the entry point for whole descriptions,
 * {@link #firstSentence(String)} for summaries such as a builder setter's.
 */
public final class MarkdownJavadoc {

	/** Where the description's relative links ({@code /docs/...}) point to. */
	static final String DOCS_HOST = "https://platform.openai.com";

	private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)\\s*([\\w+-]*)\\s*$");

	private static final Pattern THEMATIC_BREAK = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");

	private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*+]|\\d{1,9}[.)])\\s+(.*)$");

	/** Abbreviations whose period does not end a sentence. */
	private static final List<String> ABBREVIATIONS = List.of("e.g", "i.e", "etc", "vs", "approx", "incl");

	private MarkdownJavadoc() {
	}

	/**
	 * The Javadoc for a markdown text: HTML that doclint accepts, without leading or
	 * trailing blank lines, empty for a blank text.
	 * @param markdown the text as the API description has it
	 * @return the Javadoc
	 */
	public static String toJavadoc(String markdown) {
		List<String> blocks = new ArrayList<>();
		for (Block block : parse(markdown)) {
			blocks.add(block.render(blocks.isEmpty()));
		}
		return String.join("\n", blocks).strip();
	}

	/**
	 * The first sentence of a markdown text as Javadoc: the first paragraph up to its
	 * first full stop, or the first block when the text does not start with a paragraph.
	 * @param markdown the text as the API description has it
	 * @return the Javadoc, empty for a blank text
	 */
	public static String firstSentence(String markdown) {
		List<Block> blocks = parse(markdown);
		if (blocks.isEmpty()) {
			return "";
		}
		if (blocks.get(0) instanceof Paragraph paragraph) {
			return inline(sentence(paragraph.text()));
		}
		return blocks.get(0).render(true);
	}

	/**
	 * Text escaped for Javadoc: no character in it can start a tag, an entity or an
	 * inline tag, nor end the comment, nor be read as a Unicode escape by the compiler.
	 * @param text plain text
	 * @return the escaped text
	 */
	public static String escape(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> result.append("&amp;");
				case '<' -> result.append("&lt;");
				case '>' -> result.append("&gt;");
				case '@' -> result.append("&#64;");
				case '{' -> result.append("&#123;");
				case '}' -> result.append("&#125;");
				case '\\' -> result.append("&#92;");
				case '/' -> result.append((i > 0 && text.charAt(i - 1) == '*') ? "&#47;" : "/");
				default -> result.append(c);
			}
		}
		return result.toString();
	}

	/**
	 * Inline code: <code>{&#64;code text}</code> when the text can stand in it, else
	 * {@code code} HTML with the text escaped (the formatter would break a comment that
	 * has an HTML tag in a <code>{&#64;code}</code>).
	 * @param text the code as it should read
	 * @return the Javadoc
	 */
	public static String code(String text) {
		if (fitsCodeTag(text) && !text.isBlank() && text.indexOf('\n') < 0 && text.indexOf('<') < 0) {
			return "{@code " + text + "}";
		}
		return "<code>" + escape(text) + "</code>";
	}

	/**
	 * Whether a text can be the content of a <code>{&#64;code}</code> tag: its braces
	 * balance, it does not end the comment, no line of it starts with {@code @} (a block
	 * tag) and it has no {@code \}{@code u} that the compiler would read as a Unicode
	 * escape.
	 */
	private static boolean fitsCodeTag(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth < 0) {
				return false;
			}
		}
		if (depth != 0 || text.contains("*/") || text.contains("\\u") || text.startsWith(" ")) {
			return false;
		}
		for (String line : text.split("\n", -1)) {
			if (line.stripLeading().startsWith("@")) {
				return false;
			}
		}
		return true;
	}

	// Blocks

	private sealed interface Block permits Paragraph, Heading, ListBlock, CodeFence {

		String render(boolean first);

	}

	private record Paragraph(String text) implements Block {

		@Override
		public String render(boolean first) {
			return (first ? "" : "<p>\n") + inline(this.text);
		}

	}

	private record Heading(String text) implements Block {

		@Override
		public String render(boolean first) {
			return (first ? "" : "<p>\n") + "<strong>" + inline(this.text) + "</strong>";
		}

	}

	private record CodeFence(String code) implements Block {

		@Override
		public String render(boolean first) {
			if (fitsCodeTag(this.code) && !this.code.isBlank() && this.code.indexOf('<') < 0) {
				return "<pre>{@code\n" + this.code + "\n}</pre>";
			}
			return "<pre>\n" + escape(this.code) + "\n</pre>";
		}

	}

	/** A list item: its text and the lists nested in it. */
	private static final class Item {

		private final StringBuilder text = new StringBuilder();

		private final List<ListBlock> children = new ArrayList<>();

	}

	private static final class ListBlock implements Block {

		private final boolean ordered;

		private final int indent;

		private final List<Item> items = new ArrayList<>();

		ListBlock(boolean ordered, int indent) {
			this.ordered = ordered;
			this.indent = indent;
		}

		@Override
		public String render(boolean first) {
			String tag = this.ordered ? "ol" : "ul";
			StringBuilder html = new StringBuilder("<").append(tag).append(">\n");
			for (Item item : this.items) {
				html.append("<li>").append(inline(item.text.toString().strip()));
				for (ListBlock child : item.children) {
					html.append('\n').append(child.render(false));
				}
				html.append("</li>\n");
			}
			return html.append("</").append(tag).append(">").toString();
		}

	}

	private static List<Block> parse(String markdown) {
		List<String> lines = markdown.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").lines().toList();
		List<Block> blocks = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		Deque<ListBlock> lists = new ArrayDeque<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).stripTrailing();
			Matcher fence = FENCE.matcher(line);
			if (fence.matches()) {
				flush(blocks, paragraph, lists);
				StringBuilder code = new StringBuilder();
				int indent = line.indexOf(fence.group(1));
				for (i++; i < lines.size() && !lines.get(i).strip().equals(fence.group(1)); i++) {
					String codeLine = lines.get(i).stripTrailing();
					int strip = Math.min(indent, codeLine.length() - codeLine.stripLeading().length());
					code.append(codeLine.substring(strip)).append('\n');
				}
				blocks.add(new CodeFence(code.toString().stripTrailing()));
				continue;
			}
			if (line.isBlank()) {
				if (!lists.isEmpty() && continuesList(lines, i + 1, lists.getLast().indent)) {
					continue;
				}
				flush(blocks, paragraph, lists);
				continue;
			}
			if (THEMATIC_BREAK.matcher(line).matches()) {
				flush(blocks, paragraph, lists);
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				flush(blocks, paragraph, lists);
				blocks.add(new Heading(heading.group(1)));
				continue;
			}
			Matcher item = LIST_ITEM.matcher(line);
			if (item.matches() && (paragraph.length() == 0 || !lists.isEmpty() || startsListAfterText(item))) {
				if (paragraph.length() > 0) {
					blocks.add(new Paragraph(paragraph.toString()));
					paragraph.setLength(0);
				}
				addItem(blocks, lists, item.group(1).length(), Character.isDigit(item.group(2).charAt(0)),
						item.group(3));
				continue;
			}
			if (!lists.isEmpty()) {
				// A continuation of the current item, indented or lazy.
				lists.peekFirst().items.get(lists.peekFirst().items.size() - 1).text.append(' ').append(line.strip());
				continue;
			}
			paragraph.append((paragraph.length() > 0) ? "\n" : "").append(line.strip());
		}
		flush(blocks, paragraph, lists);
		return blocks;
	}

	/**
	 * An unordered item right after text starts a list (the descriptions do this); a
	 * number does only when it is 1, so that "in 2024. The" stays text.
	 */
	private static boolean startsListAfterText(Matcher item) {
		String marker = item.group(2);
		return !Character.isDigit(marker.charAt(0)) || marker.startsWith("1") && marker.length() == 2;
	}

	private static boolean continuesList(List<String> lines, int next, int indent) {
		for (int i = next; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			int lineIndent = line.length() - line.stripLeading().length();
			return LIST_ITEM.matcher(line).matches() || lineIndent > indent;
		}
		return false;
	}

	private static void addItem(List<Block> blocks, Deque<ListBlock> lists, int indent, boolean ordered, String text) {
		// lists: the open lists, the innermost first.
		while (!lists.isEmpty() && lists.peekFirst().indent > indent) {
			lists.removeFirst();
		}
		if (!lists.isEmpty() && lists.peekFirst().indent == indent && lists.peekFirst().ordered != ordered) {
			lists.removeFirst();
		}
		ListBlock current = lists.peekFirst();
		if (current == null || current.indent < indent) {
			ListBlock list = new ListBlock(ordered, indent);
			if (current == null) {
				blocks.add(list);
			}
			else {
				current.items.get(current.items.size() - 1).children.add(list);
			}
			lists.addFirst(list);
			current = list;
		}
		Item item = new Item();
		item.text.append(text);
		current.items.add(item);
	}

	private static void flush(List<Block> blocks, StringBuilder paragraph, Deque<ListBlock> lists) {
		if (paragraph.length() > 0) {
			blocks.add(new Paragraph(paragraph.toString()));
			paragraph.setLength(0);
		}
		lists.clear();
	}

	// Sentences

	/**
	 * The text up to its first full stop that is not in code, a link or an abbreviation.
	 */
	private static String sentence(String text) {
		int depth = 0;
		boolean inCode = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '`') {
				inCode = !inCode;
			}
			else if (!inCode && (c == '[' || c == '(')) {
				depth++;
			}
			else if (!inCode && (c == ']' || c == ')') && depth > 0) {
				depth--;
			}
			else if (!inCode && depth == 0 && (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
					&& Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(text, i)) {
				return text.substring(0, i + 1);
			}
		}
		return text;
	}

	private static boolean abbreviation(String text, int period) {
		String before = text.substring(0, period).toLowerCase(Locale.ROOT);
		for (String abbreviation : ABBREVIATIONS) {
			if (before.endsWith(abbreviation)
					&& (before.length() == abbreviation.length()
							|| !Character.isLetter(before.charAt(before.length() - abbreviation.length() - 1)))
					&& !abbreviation.equals("etc")) {
				return true;
			}
		}
		return false;
	}

	// Inline

	/** Inline markdown as Javadoc: code spans, links, emphasis, escapes, text. */
	static String inline(String text) {
		StringBuilder html = new StringBuilder();
		StringBuilder plain = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int next = -1;
			String rendered = null;
			if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
				plain.append(text.charAt(i + 1));
				i += 2;
				continue;
			}
			if (c == '`') {
				int run = run(text, i, '`');
				int close = findRun(text, i + run, '`', run);
				if (close >= 0) {
					String content = text.substring(i + run, close).replace('\n', ' ');
					if (content.length() > 1 && content.startsWith(" ") && content.endsWith(" ")
							&& !content.isBlank()) {
						content = content.substring(1, content.length() - 1);
					}
					rendered = code(content);
					next = close + run;
				}
				else {
					plain.append(text, i, i + run);
					i += run;
					continue;
				}
			}
			else if (c == '[' || (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '[')) {
				int start = (c == '!') ? i + 1 : i;
				Link link = link(text, start);
				if (link != null) {
					String label = inline(link.label());
					rendered = "<a href=\"" + href(link.url()) + "\">" + (label.isBlank() ? escape(link.url()) : label)
							+ "</a>";
					next = link.end();
				}
			}
			else if (c == '<') {
				int close = text.indexOf('>', i);
				String url = (close > 0) ? text.substring(i + 1, close) : "";
				if (url.matches("https?://[^\\s<>]+")) {
					rendered = "<a href=\"" + href(url) + "\">" + escape(url) + "</a>";
					next = close + 1;
				}
			}
			else if (c == '*' || c == '_') {
				int run = run(text, i, c);
				int length = Math.min(run, 2);
				int close = closingDelimiter(text, i, c, length);
				if (close >= 0) {
					String tag = (length == 2) ? "strong" : "em";
					rendered = "<" + tag + ">" + inline(text.substring(i + length, close)) + "</" + tag + ">";
					next = close + length;
				}
				else {
					plain.append(text, i, i + run);
					i += run;
					continue;
				}
			}
			if (rendered != null) {
				html.append(escape(plain.toString())).append(rendered);
				plain.setLength(0);
				i = next;
			}
			else {
				plain.append(c);
				i++;
			}
		}
		html.append(escape(plain.toString()));
		return html.toString();
	}

	private record Link(String label, String url, int end) {

	}

	/** A {@code [label](url "title")} at a position, or null when there is none. */
	private static Link link(String text, int open) {
		int depth = 0;
		int i = open;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '`') {
				int run = run(text, i, '`');
				int close = findRun(text, i + run, '`', run);
				i = (close >= 0) ? close + run - 1 : i + run - 1;
			}
			else if (c == '[') {
				depth++;
			}
			else if (c == ']' && --depth == 0) {
				break;
			}
		}
		if (i + 1 >= text.length() || text.charAt(i + 1) != '(') {
			return null;
		}
		int close = text.indexOf(')', i + 2);
		if (close < 0) {
			return null;
		}
		String target = text.substring(i + 2, close).strip();
		int space = target.indexOf(' ');
		String url = (space > 0) ? target.substring(0, space) : target;
		if (url.startsWith("<") && url.endsWith(">")) {
			url = url.substring(1, url.length() - 1);
		}
		return url.isEmpty() ? null : new Link(text.substring(open + 1, i), url, close + 1);
	}

	/**
	 * A link's target as an attribute value: absolute (the description's relative links
	 * point into the platform's documentation) and without characters that would end the
	 * attribute or the comment.
	 */
	static String href(String url) {
		String absolute = url.startsWith("/") && !url.startsWith("//") ? DOCS_HOST + url : url;
		return absolute.replace("&", "&amp;")
			.replace("\"", "%22")
			.replace("<", "%3C")
			.replace(">", "%3E")
			.replace("{", "%7B")
			.replace("}", "%7D")
			.replace("@", "%40")
			.replace("\\", "%5C")
			.replace(" ", "%20")
			.replace("*/", "*%2F");
	}

	/**
	 * Where the emphasis that opens at a position closes, or -1: an opening delimiter is
	 * followed by a non-space, a closing one follows a non-space, and an underscore
	 * emphasis neither opens nor closes inside a word (so {@code snake_case} stays text).
	 */
	private static int closingDelimiter(String text, int open, char delimiter, int length) {
		int start = open + length;
		if (start >= text.length() || Character.isWhitespace(text.charAt(start))) {
			return -1;
		}
		if (delimiter == '_' && open > 0 && Character.isLetterOrDigit(text.charAt(open - 1))) {
			return -1;
		}
		for (int i = start + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '`') {
				int run = run(text, i, '`');
				int close = findRun(text, i + run, '`', run);
				i = ((close >= 0) ? close : i) + run - 1;
				continue;
			}
			if (c != delimiter) {
				continue;
			}
			int run = run(text, i, delimiter);
			boolean afterText = !Character.isWhitespace(text.charAt(i - 1));
			boolean wordFollows = i + run < text.length() && Character.isLetterOrDigit(text.charAt(i + run));
			if (run == length && afterText && !(delimiter == '_' && wordFollows)) {
				return i;
			}
			i += run - 1;
		}
		return -1;
	}

	private static int run(String text, int from, char c) {
		int i = from;
		while (i < text.length() && text.charAt(i) == c) {
			i++;
		}
		return i - from;
	}

	/** The start of the next run of exactly {@code length} of a character, or -1. */
	private static int findRun(String text, int from, char c, int length) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				int run = run(text, i, c);
				if (run == length) {
					return i;
				}
				i += run - 1;
			}
		}
		return -1;
	}

	private static boolean isPunctuation(char c) {
		return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
	}

}
