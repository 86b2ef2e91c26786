package dev.modelregistry.core.internal;

import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.internal.EchoedText;
import dev.modelregistry.core.ArnSettings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Derives the ARNs of groups and packages, and reads the references callers give: a group by
 * name or ARN, a package by ARN or as {@code group/version}.
 */
final class Arns {
  private static final Pattern GROUP_ARN =
      Pattern.compile("arn:([^:]*):sagemaker:([^:]*):([^:]*):model-package-group/(.*)");
  private static final Pattern PACKAGE_ARN =
      Pattern.compile("arn:([^:]*):sagemaker:([^:]*):([^:]*):model-package/([^/]*)/(\\d{1,10})");
  private static final Pattern GROUP_AND_VERSION = Pattern.compile("([^/]*)/(\\d{1,10})");

  private static final int NAMES_SIZE = 256;

  private final ArnSettings settings;
  /** Group names read from ARNs lately, by hash: see {@link #groupName}. */
  private final String[] names = new String[NAMES_SIZE];
  private final String prefix;
  private final String packagePrefix;

  Arns(ArnSettings settings) {
    this.settings = settings;
    this.prefix = "arn:" + settings.partition() + ":sagemaker:" + settings.region() + ":"
        + settings.account() + ":";
    this.packagePrefix = prefix + "model-package/";
  }

  String group(String groupName) {
    return prefix + "model-package-group/" + groupName;
  }

  String modelPackage(String groupName, int version) {
    return prefix + "model-package/" + groupName + "/" + version;
  }

  static boolean isPackageArn(String reference) {
    return PACKAGE_ARN.matcher(reference).matches();
  }

  /**
   * Reads a group reference, adding a violation under {@code path} when it is neither a valid
   * name nor a group ARN.
   */
  GroupRef groupRef(String reference, String path, Violations violations) {
    if (!reference.startsWith("arn:")) {
      violations.check(path, reference, FieldRules.ENTITY_NAME);
      return new GroupRef(reference, null);
    }
    Matcher arn = GROUP_ARN.matcher(reference);
    if (!arn.matches()) {
      violations.add(path, reference, isPackageArn(reference)
          ? "must name a model package group, not a model package"
          : "must be a model package group name or ARN");
      return new GroupRef(reference, null);
    }
    violations.check(path, arn.group(4), FieldRules.ENTITY_NAME);
    return new GroupRef(arn.group(4), isOwn(arn) ? null : reference);
  }

  /**
   * Reads a package reference, adding a violation under {@code path} when it is neither a package
   * ARN nor {@code group/version}.
   */
  PackageRef packageRef(String reference, String path, Violations violations) {
    PackageRef own = ownPackageArn(reference);
    if (own != null) {
      return own;
    }
    boolean arn = reference.startsWith("arn:");
    Matcher matcher = arn ? PACKAGE_ARN.matcher(reference) : GROUP_AND_VERSION.matcher(reference);
    if (!matcher.matches()) {
      violations.add(path, reference, "must be a model package ARN or <group>/<version>");
      return new PackageRef(reference, 0, null);
    }
    String groupName = matcher.group(arn ? 4 : 1);
    long version = Long.parseLong(matcher.group(arn ? 5 : 2));
    if (FieldRules.ENTITY_NAME.check(groupName) != null) {
      violations.add(path, reference, "the group name must match " + FieldRules.ENTITY_NAME_PATTERN);
    } else if (version < 1 || version > Integer.MAX_VALUE) {
      violations.add(path, reference, "the version must be 1.." + Integer.MAX_VALUE);
    }
    return new PackageRef(groupName, (int) Math.min(version, Integer.MAX_VALUE),
        arn && !isOwn(matcher) ? reference : null);
  }

  /**
   * Reads a valid package ARN of this registry without regular expressions. Returns {@code null}
   * for anything else, which the general path then reads (and reports).
   */
  @Nullable PackageRef ownPackageArn(String reference) {
    long key = ownPackageKey(reference);
    return key < 0 ? null : new PackageRef(ownGroupName(reference, key), (int) key, null);
  }

  /**
   * The allocation-free form of {@link #ownPackageArn}, for the describe path (an in-memory
   * describe costs about two map lookups, so a parsed-reference object that the JIT cannot
   * eliminate is a visible part of it): returns the position of the slash before the version in
   * the high half and the version in the low half, or -1 when the string is not a valid package
   * ARN of this registry. {@link #ownGroupName} then reads the group name.
   */
  long ownPackageKey(String reference) {
    // indexOf is a vectorized intrinsic; startsWith compares byte by byte (3x slower here). The
    // slash after the name is the first one after the prefix: the version's digits follow it.
    int prefixLength = packagePrefix.length();
    if (reference.indexOf(packagePrefix) != 0) {
      return -1;
    }
    int slash = reference.indexOf('/', prefixLength);
    int nameLength = slash - prefixLength;
    int digits = reference.length() - slash - 1;
    if (nameLength < 1 || nameLength > 63 || digits < 1 || digits > 9
        || !EntityNames.matches(reference, prefixLength, slash)) {
      return -1;
    }
    int version = 0;
    for (int i = slash + 1; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      version = version * 10 + (c - '0');
    }
    return version < 1 ? -1 : ((long) slash << 32) | version;
  }

  /** Returns the group name of an ARN read by {@link #ownPackageKey} (its result is the key). */
  String ownGroupName(String reference, long key) {
    return groupName(reference, packagePrefix.length(), (int) (key >>> 32));
  }

  /**
   * Returns the group name at {@code from..to} of {@code reference}: the same string as the last
   * time that name was read when it is still in the small cache of names (a registry has few
   * groups), so that no string is allocated and the store's lookup by name finds its hash
   * computed. Entries are immutable strings; racing threads at worst allocate one.
   */
  private String groupName(String reference, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + reference.charAt(i);
    }
    int slot = (hash ^ (hash >>> 16)) & (NAMES_SIZE - 1);
    String cached = names[slot];
    if (cached != null && cached.length() == to - from
        && reference.regionMatches(from, cached, 0, to - from)) {
      return cached;
    }
    String name = reference.substring(from, to);
    names[slot] = name;
    return name;
  }

  private boolean isOwn(Matcher arn) {
    return arn.group(1).equals(settings.partition())
        && arn.group(2).equals(settings.region())
        && arn.group(3).equals(settings.account());
  }

  private ResourceNotFoundException foreign(String reference) {
    return new ResourceNotFoundException("'" + EchoedText.cut(reference)
        + "' belongs to another partition,"
        + " region or account than this registry (" + prefix + "...).");
  }

  /** A group named by a caller; {@code foreignArn} is set when it is another registry's ARN. */
  final class GroupRef {
    private final String name;
    private final @Nullable String foreignArn;

    private GroupRef(String name, @Nullable String foreignArn) {
      this.name = name;
      this.foreignArn = foreignArn;
    }

    /** Returns whether this names a group of this registry (always true for a plain name). */
    boolean isOwn() {
      return foreignArn == null;
    }

    /**
     * Returns the group name; call after validation passed.
     *
     * @throws ResourceNotFoundException if the reference is another registry's ARN
     */
    String name() {
      if (foreignArn != null) {
        throw foreign(foreignArn);
      }
      return name;
    }

    /** Returns the group name as the reference spells it, whichever registry it belongs to. */
    String givenName() {
      return name;
    }
  }

  /** A package named by a caller; {@code foreignArn} is set when it is another registry's ARN. */
  final class PackageRef {
    private final String groupName;
    private final int version;
    private final @Nullable String foreignArn;

    private PackageRef(String groupName, int version, @Nullable String foreignArn) {
      this.groupName = groupName;
      this.version = version;
      this.foreignArn = foreignArn;
    }

    /** Returns whether this names a package of this registry (always true for group/version). */
    boolean isOwn() {
      return foreignArn == null;
    }

    /**
     * Returns the group name; call after validation passed.
     *
     * @throws ResourceNotFoundException if the reference is another registry's ARN
     */
    String groupName() {
      if (foreignArn != null) {
        throw foreign(foreignArn);
      }
      return groupName;
    }

    int version() {
      return version;
    }
  }
}
