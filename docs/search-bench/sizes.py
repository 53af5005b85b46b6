import os, gzip, json, sys
d=sys.argv[1]+'/search'
t=open(d+'/index.js',encoding='utf-8').read()
m=json.loads(t[t.index(',')+1:t.rindex(')')])  # siteSearch.loaded("index.js",{...});
def sz(f):
    b=open(os.path.join(d,f),'rb').read(); return len(b), len(gzip.compress(b,6))
tot=[0,0]
for f in os.listdir(d):
    r,g=sz(f); tot[0]+=r; tot[1]+=g
print('entries',m['entries'],'files',len(os.listdir(d)),'shards',len(m['terms']),'chunks',len(m['docs']))
print('total raw %.0f KB, gzip %.0f KB'%(tot[0]/1024,tot[1]/1024))
print('manifest raw %d gzip %d'%sz('index.js'))
sh=[sz(f) for _,f in m['terms']]; ch=[sz(f) for _,f in m['docs']]
print('largest shard raw %d gzip %d; largest chunk raw %d gzip %d'%(max(sh)+max(ch)))
