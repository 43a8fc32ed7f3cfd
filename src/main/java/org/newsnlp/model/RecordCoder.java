package org.newsnlp.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.StructuredCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.util.VarInt;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A coder for any record whose components are strings, numbers, booleans, lists of strings or of
 * longs, or maps of strings to doubles: each component in declaration order with Beam's coder for
 * its type (nullable where the type allows null; a map's entries sorted by key), decoded through
 * the canonical constructor.
 *
 * <p>For the row types ({@link DocumentStats}, {@link Quote}, {@link RejectedInput}, {@link
 * InputFile}): Java serialization, their earlier coder, writes each element's class description
 * again and was 8% of embedded Flink's CPU samples on the news corpus, where every row crosses
 * between operators. A component added to a record needs no change here; a component of a type not
 * listed above fails when the coder is made, so {@code CompactCodersTest} catches it.
 */
public final class RecordCoder<T extends Record> extends StructuredCoder<T> {
  private static final Coder<String> STRING = NullableCoder.of(StringUtf8Coder.of());
  private static final Coder<Integer> INTEGER = NullableCoder.of(VarIntCoder.of());
  private static final Coder<Long> LONG = NullableCoder.of(VarLongCoder.of());
  private static final Coder<Double> DOUBLE = NullableCoder.of(DoubleCoder.of());
  private static final Coder<Boolean> BOOLEAN = NullableCoder.of(BooleanCoder.of());
  private static final Coder<List<Long>> LONGS = ListCoder.of(VarLongCoder.of());
  private static final Coder<List<String>> STRINGS =
      NullableCoder.of(ListCoder.of(StringUtf8Coder.of()));

  private final Class<T> type;

  /** The components' coders and the constructor; rebuilt after deserialization. */
  private transient volatile Parts parts;

  private record Parts(
      RecordComponent[] components, List<Coder<Object>> coders, Constructor<?> make) {}

  private RecordCoder(Class<T> type) {
    this.type = type;
    this.parts = parts();
  }

  public static <T extends Record> RecordCoder<T> of(Class<T> type) {
    return new RecordCoder<>(type);
  }

  /** For {@code @DefaultCoder(RecordCoder.class)}. */
  public static CoderProvider getCoderProvider() {
    return new CoderProvider() {
      @Override
      @SuppressWarnings({"unchecked", "rawtypes"})
      public <X> Coder<X> coderFor(
          TypeDescriptor<X> descriptor, List<? extends Coder<?>> components)
          throws CannotProvideCoderException {
        Class<?> raw = descriptor.getRawType();
        if (!raw.isRecord()) {
          throw new CannotProvideCoderException(raw + " is not a record");
        }
        return (Coder<X>) RecordCoder.of((Class) raw);
      }
    };
  }

  private Parts parts() {
    Parts p = parts;
    if (p == null) {
      RecordComponent[] components = type.getRecordComponents();
      List<Coder<Object>> coders = new ArrayList<>();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        coders.add(coderOf(components[i]));
        types[i] = components[i].getType();
      }
      try {
        Constructor<?> make = type.getDeclaredConstructor(types);
        make.setAccessible(true);
        for (RecordComponent c : components) {
          c.getAccessor().setAccessible(true);
        }
        p = new Parts(components, coders, make);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type + " has no canonical constructor", e);
      }
      parts = p;
    }
    return p;
  }

  @SuppressWarnings("unchecked")
  private Coder<Object> coderOf(RecordComponent component) {
    Class<?> c = component.getType();
    Coder<?> coder;
    if (c == String.class) {
      coder = STRING;
    } else if (c == int.class || c == Integer.class) {
      coder = INTEGER;
    } else if (c == long.class || c == Long.class) {
      coder = LONG;
    } else if (c == double.class || c == Double.class) {
      coder = DOUBLE;
    } else if (c == boolean.class || c == Boolean.class) {
      coder = BOOLEAN;
    } else if (c == List.class && isListOf(component.getGenericType(), String.class)) {
      coder = STRINGS;
    } else if (c == Map.class && isStringToDouble(component.getGenericType())) {
      coder = StringToDouble.INSTANCE;
    } else if (c == List.class && isListOf(component.getGenericType(), Long.class)) {
      coder = LONGS;
    } else {
      throw new IllegalArgumentException(
          "RecordCoder cannot encode "
              + type.getSimpleName()
              + "."
              + component.getName()
              + " ("
              + component.getGenericType()
              + ")");
    }
    return (Coder<Object>) coder;
  }

  private static boolean isListOf(Type generic, Class<?> element) {
    return generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] == element;
  }

  private static boolean isStringToDouble(Type generic) {
    return generic instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] == String.class
        && p.getActualTypeArguments()[1] == Double.class;
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    Parts p = parts();
    try {
      for (int i = 0; i < p.components().length; i++) {
        p.coders().get(i).encode(p.components()[i].getAccessor().invoke(value), out);
      }
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new CoderException("cannot read " + type.getSimpleName() + ": " + e, e);
    }
  }

  @Override
  public T decode(InputStream in) throws IOException {
    Parts p = parts();
    Object[] values = new Object[p.components().length];
    for (int i = 0; i < values.length; i++) {
      values[i] = p.coders().get(i).decode(in);
    }
    try {
      return type.cast(p.make().newInstance(values));
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new CoderException("cannot make " + type.getSimpleName() + ": " + e, e);
    }
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    for (Coder<Object> coder : parts().coders()) {
      verifyDeterministic(this, "a component's coder is not deterministic", coder);
    }
  }

  @Override
  public List<? extends Coder<?>> getCoderArguments() {
    return List.of();
  }

  /** Equal for the same record type (StructuredCoder compares classes and arguments only). */
  @Override
  public boolean equals(Object other) {
    return other instanceof RecordCoder<?> r && r.type == type;
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "RecordCoder<" + type.getSimpleName() + ">";
  }

  /** A map of strings to doubles, entries sorted by key; null for no map. */
  private static final class StringToDouble extends AtomicCoder<Map<String, Double>> {
    static final StringToDouble INSTANCE = new StringToDouble();

    @Override
    public void encode(Map<String, Double> map, OutputStream out) throws IOException {
      if (map == null) {
        VarInt.encode(0, out);
        return;
      }
      VarInt.encode(map.size() + 1, out);
      for (Map.Entry<String, Double> e : new TreeMap<>(map).entrySet()) {
        STRING.encode(e.getKey(), out);
        DOUBLE.encode(e.getValue(), out);
      }
    }

    @Override
    public Map<String, Double> decode(InputStream in) throws IOException {
      int n = VarInt.decodeInt(in) - 1;
      if (n < 0) {
        return null;
      }
      Map<String, Double> map = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        map.put(STRING.decode(in), DOUBLE.decode(in));
      }
      return map;
    }

    @Override
    public void verifyDeterministic() throws NonDeterministicException {
      DOUBLE.verifyDeterministic();
    }
  }
}
