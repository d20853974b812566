def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.findAll('Skipping Bulletin \\(bulletin.skip\\)').size() == 2 : 'check and build both skip'
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'site').exists()
return true
