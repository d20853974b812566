// bulletin:check failed the build at validate, naming each error's file and line, and the count.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/cases/2026/typo-in-keyword.md:3:8: error: issue 2 does not exist')
assert log.contains('[ERROR] content/cases/2026/typo-in-keyword.md:7:12: error: unknown keyword `Electons`; did you mean `Elections`?')
// The typo stands for `Elections`, so that keyword is not also reported as unused.
assert !log.contains('is not used by any case')
assert log.contains('bulletin:check found 2 errors, 1 warning in the content')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'site').exists() : 'nothing may be written when the content has errors'
return true
