// expect: accepted
// An empty program apart from this comment: a file with only comments is a valid P program.
// tests:
