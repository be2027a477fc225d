package dk.henvis.common;

import java.util.List;

/** One page of a list: {"items":[…],"page":0,"size":20,"totalItems":N}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {
}
