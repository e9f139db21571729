package dev.gridsight.chart.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import org.jooq.Field;
import org.jooq.impl.DSL;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.platform.InvalidInput;

/**
 * Turns a calculated field's text into a jOOQ expression, never into SQL text. The
 * grammar is deliberately tiny:
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := '-' unary | primary
 * primary    := number | name | '"' name '"' | '(' expression ')'
 * </pre>
 *
 * Names must be numeric columns or other calculated fields of the dataset; numbers are
 * bound values; division by zero gives null on every engine. Anything else (function
 * calls, strings, {@code ;}, comments) is rejected.
 */
final class CalculatedFieldParser {

	static final int MAX_LENGTH = 1_000;

	private static final int MAX_DEPTH = 40;

	private final CalculatedField field;

	private final String text;

	private final DatasetFields fields;

	private final Set<String> visiting;

	/** What a name in the text stands for. */
	private final Function<String, Field<Double>> names;

	private int position;

	private int depth;

	CalculatedFieldParser(CalculatedField field, DatasetFields fields, Set<String> visiting) {
		this.field = field;
		this.text = field.expression() == null ? "" : field.expression();
		this.fields = fields;
		this.visiting = visiting;
		this.names = this::resolve;
	}

	/** Parses without a dataset, only noting the names the text uses. */
	private CalculatedFieldParser(CalculatedField field, Set<String> used) {
		this.field = field;
		this.text = field.expression() == null ? "" : field.expression();
		this.fields = null;
		this.visiting = null;
		this.names = name -> {
			used.add(name);
			return DSL.val(1.0d);
		};
	}

	/**
	 * The column and field names the field's expression refers to, in order of first use;
	 * an expression that does not parse is refused as {@link #parse()} would.
	 */
	static Set<String> namesUsedBy(CalculatedField field) {
		Set<String> used = new LinkedHashSet<>();
		new CalculatedFieldParser(field, used).parse();
		return used;
	}

	Field<Double> parse() {
		if (this.text.length() > MAX_LENGTH) {
			throw invalid("it is longer than " + MAX_LENGTH + " characters");
		}
		skipSpaces();
		if (atEnd()) {
			throw invalid("it is empty");
		}
		Field<Double> expression = expression();
		skipSpaces();
		if (!atEnd()) {
			throw unexpected();
		}
		return expression;
	}

	private Field<Double> expression() {
		enter();
		Field<Double> left = term();
		while (true) {
			skipSpaces();
			if (accept('+')) {
				left = left.plus(term());
			}
			else if (accept('-')) {
				left = left.minus(term());
			}
			else {
				this.depth--;
				return left;
			}
		}
	}

	private Field<Double> term() {
		Field<Double> left = unary();
		while (true) {
			skipSpaces();
			if (accept('*')) {
				left = left.times(unary());
			}
			else if (accept('/')) {
				left = left.divide(DSL.nullif(unary(), DSL.val(0.0d)));
			}
			else {
				return left;
			}
		}
	}

	private Field<Double> unary() {
		skipSpaces();
		if (accept('-')) {
			enter();
			Field<Double> negated = unary().neg();
			this.depth--;
			return negated;
		}
		return primary();
	}

	private Field<Double> primary() {
		skipSpaces();
		if (atEnd()) {
			throw invalid("it ends where a number, a column or '(' was expected");
		}
		char c = peek();
		if (accept('(')) {
			Field<Double> inner = expression();
			skipSpaces();
			if (!accept(')')) {
				throw atEnd() ? invalid("a ')' is missing") : unexpected();
			}
			return inner;
		}
		if (Character.isDigit(c) || c == '.') {
			return number();
		}
		if (c == '"') {
			return this.names.apply(quotedName());
		}
		if (Character.isLetter(c) || c == '_') {
			int start = this.position;
			while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
				this.position++;
			}
			String name = this.text.substring(start, this.position);
			skipSpaces();
			if (!atEnd() && peek() == '(') {
				throw invalid("function calls are not allowed ('" + name + "(' at position " + (start + 1) + ")");
			}
			return this.names.apply(name);
		}
		throw unexpected();
	}

	private Field<Double> number() {
		int start = this.position;
		while (!atEnd() && (Character.isDigit(peek()) || peek() == '.')) {
			this.position++;
		}
		if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
			this.position++;
			if (!atEnd() && (peek() == '+' || peek() == '-')) {
				this.position++;
			}
			while (!atEnd() && Character.isDigit(peek())) {
				this.position++;
			}
		}
		String literal = this.text.substring(start, this.position);
		if (!literal.matches("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
			throw invalid("'" + literal + "' at position " + (start + 1) + " is not a number");
		}
		double value = Double.parseDouble(literal);
		if (Double.isInfinite(value)) {
			throw invalid("'" + literal + "' is too large");
		}
		return DSL.val(value);
	}

	private String quotedName() {
		int start = this.position;
		this.position++;
		int end = this.text.indexOf('"', this.position);
		if (end < 0) {
			throw invalid("the quoted name at position " + (start + 1) + " is not closed");
		}
		this.position = end + 1;
		return this.text.substring(start + 1, end);
	}

	private Field<Double> resolve(String name) {
		if (this.fields.isCalculated(name)) {
			return this.fields.calculated(name, this.visiting);
		}
		if (this.fields.schema().column(name).isEmpty()) {
			throw invalid("unknown column '" + name + "'"
					+ ClosestName.to(name, this.fields.knownNames())
						.map(closest -> " (did you mean '" + closest + "'?)")
						.orElse(""));
		}
		return this.fields.numeric(name, "calculated field '" + this.field.name() + "'");
	}

	private void enter() {
		if (++this.depth > MAX_DEPTH) {
			throw invalid("it nests deeper than " + MAX_DEPTH + " levels");
		}
	}

	private boolean accept(char c) {
		if (!atEnd() && peek() == c) {
			this.position++;
			return true;
		}
		return false;
	}

	private void skipSpaces() {
		while (!atEnd() && Character.isWhitespace(peek())) {
			this.position++;
		}
	}

	private char peek() {
		return this.text.charAt(this.position);
	}

	private boolean atEnd() {
		return this.position >= this.text.length();
	}

	private InvalidInput unexpected() {
		return invalid("'" + peek() + "' at position " + (this.position + 1) + " is not allowed");
	}

	private InvalidInput invalid(String why) {
		return new InvalidInput("Calculated field '" + this.field.name() + "' cannot be used: " + why
				+ ". Use numbers, numeric columns, + - * / and parentheses.");
	}

}
