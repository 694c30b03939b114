package com.twofactor.bench;

/** Where in a list a measured page is. */
enum PagePosition {
  FIRST("first"),
  MIDDLE("middle"),
  LAST("last");

  final String label;

  PagePosition(String label) {
    this.label = label;
  }

  int of(int lastPage) {
    return switch (this) {
      case FIRST -> 0;
      case MIDDLE -> lastPage / 2;
      case LAST -> lastPage;
    };
  }
}
